// Counts such as 入札回数 or 入札参加者数: whole numbers ≥ 0, full-width digits read.

export type CountProblem = "not-a-number" | "negative" | "decimal" | "too-large";
export type CountParse = { ok: true; value: number } | { ok: false; problem: CountProblem };

export const COUNT_LIMIT = 100_000;

export function parseCount(raw: string): CountParse {
  const text = raw.normalize("NFKC").replace(/[回社]$/, "").trim();
  if (/^[-−]/.test(text)) return { ok: false, problem: "negative" };
  if (/^\d*\.\d*$/.test(text) && text !== ".") return { ok: false, problem: "decimal" };
  if (!/^\d+$/.test(text)) return { ok: false, problem: "not-a-number" };
  const value = Number(text);
  if (value >= COUNT_LIMIT) return { ok: false, problem: "too-large" };
  return { ok: true, value };
}
