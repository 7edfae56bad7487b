// The Q&A search: what a user types is matched against each entry's question, keywords and answer the way
// Japanese readers expect, not byte for byte.
//   - full-width / half-width alike (NFKC: 「ＡＰＩ」「ｷｰ」 = 「API」「キー」), upper / lower case alike,
//     katakana = hiragana (「ハンコ」 = 「はんこ」), spaces and punctuation ignored inside a word;
//   - words of one meaning find each other (SYNONYM_GROUPS: 「印鑑」 finds 「押印は必要ですか」);
//   - several words separated by spaces must all match (in any field).
// Entries are few (tens), so the search runs over the published entries in memory; the ranking puts
// a match in the question first.
import { withoutNul } from "./without-nul";

/**
 * Words people use for the same thing on such portals. Each group is searched as one: typing any of them
 * finds entries that use another. Kept short and specific (a bare 「印」 would find every 「印刷」).
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ["印鑑", "押印", "捺印", "はんこ", "判子", "実印", "社印", "印章"],
  ["認証キー", "キー", "ｷｰ"],
  ["保証料", "手数料", "料金"],
  ["消費税", "税金", "課税", "税込"],
  ["印刷", "プリント", "紙", "印字"],
  ["電子保証", "電子証書", "e保証"],
  ["前払金", "前払い", "前金", "前渡金"],
  ["明細書", "使途内訳", "内訳書"],
  ["振込", "振り込み", "口座", "入金"],
  ["期限", "期間", "工期", "延長"],
  ["支払", "支払い", "払う", "請求"],
];

/** Text as the search compares it: NFKC, lower case, katakana as hiragana, no spaces or punctuation. */
export function foldForSearch(text: string): string {
  return withoutNul(text)
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60))
    .replace(/[\s\p{P}\p{S}]/gu, "");
}

const FOLDED_GROUPS = SYNONYM_GROUPS.map((group) => group.map(foldForSearch));

/** The words of a query (split on spaces, full-width ones too), each folded; at most 10 words of 50 characters. */
export function queryTerms(query: string): string[] {
  return withoutNul(query)
    .normalize("NFKC")
    .split(/\s+/)
    .map((word) => foldForSearch(word).slice(0, 50))
    .filter(Boolean)
    .slice(0, 10);
}

/** A folded word and every word of its synonym groups (a word inside a longer one counts: 「印鑑証明」 → 印鑑). */
export function expandTerm(term: string): string[] {
  const found = new Set([term]);
  for (const group of FOLDED_GROUPS) if (group.some((word) => term.includes(word))) for (const word of group) found.add(word);
  return [...found];
}

export type QaSearchable = { question: string; answer: string; keywords: string; category: string };

/** 0 when `entry` does not match every word of `query`; otherwise a score (higher first). An empty query matches all with 1. */
export function qaMatchScore(entry: QaSearchable, query: string): number {
  const terms = queryTerms(query);
  if (terms.length === 0) return 1;
  const question = foldForSearch(entry.question);
  const keywords = foldForSearch(`${entry.keywords} ${entry.category}`);
  const answer = foldForSearch(entry.answer);
  let score = 0;
  for (const term of terms) {
    const words = expandTerm(term);
    const exact = (field: string) => field.includes(term);
    const any = (field: string) => words.some((word) => field.includes(word));
    if (exact(question)) score += 8;
    else if (any(question)) score += 6;
    else if (any(keywords)) score += 4;
    else if (any(answer)) score += 2;
    else return 0;
  }
  return score;
}

/** The entries matching `query`, best first, entries of one score in their own order. */
export function searchQaEntries<T extends QaSearchable>(entries: readonly T[], query: string): T[] {
  return entries
    .map((entry, index) => ({ entry, index, score: qaMatchScore(entry, query) }))
    .filter((row) => row.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((row) => row.entry);
}
