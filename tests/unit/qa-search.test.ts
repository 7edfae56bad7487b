import { describe, expect, it } from "vitest";
import { foldForSearch, qaMatchScore, queryTerms, searchQaEntries } from "@/lib/domain/qa-search";
import { QA_SEED } from "@/lib/db/seed-qa";

const entry = (question: string, answer = "", keywords = "", category = "保証申込について") => ({ question, answer, keywords, category });

describe("Q&A search", () => {
  it("finds 「印鑑」 in 「押印は必要ですか」 (words of one meaning find each other), without keywords", () => {
    expect(qaMatchScore(entry("押印は必要ですか"), "印鑑")).toBeGreaterThan(0);
    expect(qaMatchScore(entry("押印は必要ですか"), "はんこ")).toBeGreaterThan(0);
    expect(qaMatchScore(entry("押印は必要ですか"), "ハンコ")).toBeGreaterThan(0);
  });

  it("a bare 「印」 is a plain substring: it does not turn 印鑑 into every 「印刷」", () => {
    expect(qaMatchScore(entry("電子証書を印刷したものは保証証書になりますか"), "印鑑")).toBe(0);
  });

  it("full-width and half-width alike, upper and lower case alike", () => {
    const api = entry("確認APIの使い方", "POST /api/v1/verify");
    expect(qaMatchScore(api, "ＡＰＩ")).toBeGreaterThan(0);
    expect(qaMatchScore(api, "api")).toBeGreaterThan(0);
    expect(qaMatchScore(entry("認証キーはどのように提出しますか"), "ｷｰ")).toBeGreaterThan(0);
    expect(qaMatchScore(entry("１４日以内に支払います"), "14日")).toBeGreaterThan(0);
  });

  it("spaces and punctuation inside the typed words do not matter; several words must all match", () => {
    expect(queryTerms("  消費税　予約手数料 ")).toEqual(["消費税", "予約手数料"]);
    const tax = entry("消費税がかかる手数料はどれですか", "予約手数料だけです");
    expect(qaMatchScore(tax, "消費税　予約")).toBeGreaterThan(0);
    expect(qaMatchScore(tax, "消費税 認証キー")).toBe(0);
    expect(foldForSearch("認証 キー！")).toBe("認証きー");
  });

  it("an empty query lists every entry in its own order; a question match ranks above an answer match", () => {
    const inAnswer = entry("前払金はいつ支払われますか", "電子保証の場合も同じです");
    const inQuestion = entry("電子保証とは");
    expect(searchQaEntries([inAnswer, inQuestion], "")).toEqual([inAnswer, inQuestion]);
    expect(searchQaEntries([inAnswer, inQuestion], "電子保証")).toEqual([inQuestion, inAnswer]);
  });

  it("the seeded questions answer what users ask", () => {
    const ask = (q: string) => searchQaEntries(QA_SEED, q).map((e) => e.question)[0];
    expect(ask("印鑑")).toBe("押印は必要ですか");
    expect(ask("消費税")).toBe("消費税がかかる手数料はどれですか");
    expect(ask("振込 口座")).toBe("前払金が誤った口座に振り込まれました。どうすればよいですか");
    expect(ask("電子保証発行日時")).toBe("電子保証発行日時とは何ですか");
    expect(ask("14日")).toBe("発注者はいつまでに前払金を支払いますか");
  });

  it("text a search box may receive (NUL, very long) does not throw", () => {
    expect(() => searchQaEntries(QA_SEED, `\u0000${"あ".repeat(10_000)}`)).not.toThrow();
  });
});
