// 円 display: whole yen with thousands separators, e.g. 20,000,000円.
export function formatYen(amount: bigint | number | null | undefined, unit = "円"): string {
  if (amount === null || amount === undefined) return "";
  return `${BigInt(amount).toLocaleString("ja-JP")}${unit}`;
}

/** Bid amounts are entered and shown in 千円. */
export function formatThousandYen(amount: bigint | number | null | undefined): string {
  return formatYen(amount, "千円");
}

/** Below 1兆円: larger amounts are typing mistakes, not public works. */
export const YEN_AMOUNT_LIMIT = 1_000_000_000_000n;

export type AmountProblem = "not-a-number" | "negative" | "decimal" | "zero" | "too-large";
export type AmountParse = { ok: true; value: bigint } | { ok: false; problem: AmountProblem };

// Full-width digits and separators from a Japanese IME mean the same number (docs/DOMAIN.md, 「The rules」).
const toHalfWidthDigits = (raw: string) => raw.normalize("NFKC").replace(/[，､、]/g, ",").replace(/[－−ー‐]/g, "-").trim();

/**
 * Reads a whole-yen amount as people type it: 「20,000,000」「２００００００」「20000000」 (and a trailing 円).
 * Separators must group thousands, so 「2,00」 is refused rather than guessed at.
 */
export function parseYenAmount(raw: string): AmountParse {
  const text = toHalfWidthDigits(raw).replace(/円$/, "").trim();
  if (/^-/.test(text)) return { ok: false, problem: "negative" };
  if (/^[\d,]*\.\d*$/.test(text)) return { ok: false, problem: "decimal" };
  if (!/^(\d+|\d{1,3}(,\d{3})+)$/.test(text)) return { ok: false, problem: "not-a-number" };
  const value = BigInt(text.replace(/,/g, ""));
  if (value === 0n) return { ok: false, problem: "zero" };
  if (value >= YEN_AMOUNT_LIMIT) return { ok: false, problem: "too-large" };
  return { ok: true, value };
}

/** What the amount field shows after the user leaves it: 20000000 → 20,000,000; anything unreadable stays as typed. */
export function tidyYenInput(raw: string): string {
  const parsed = parseYenAmount(raw);
  return parsed.ok ? parsed.value.toLocaleString("ja-JP") : raw;
}
