// A month as people type it for 払出予定: 202601, 2026/01, 2026-1 (also <input type="month">'s
// 2026-01 and full-width digits), shown as 「2026/01（令和8年1月）」.
import { formatWareki, type YMD } from "./wareki";

export type YearMonth = { year: number; month: number };
export type MonthParse = { ok: true; value: YearMonth } | { ok: false };

const PATTERNS = [/^(\d{4})(\d{2})$/, /^(\d{4})[/\-.年](\d{1,2})月?$/];

export function parseMonthInput(raw: string): MonthParse {
  const text = raw.normalize("NFKC").trim();
  const match = PATTERNS.map((p) => p.exec(text)).find((m) => m !== null);
  if (!match) return { ok: false };
  const [year, month] = [Number(match[1]), Number(match[2])];
  if (month < 1 || month > 12 || year < 1900 || year > 2200) return { ok: false };
  return { ok: true, value: { year, month } };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** 2026-01 (the value of <input type="month"> and of the form). */
export const monthInputValue = ({ year, month }: YearMonth) => `${year}-${pad(month)}`;

/** The first day of the month, as the DATE column stores it. */
export const firstDayOf = ({ year, month }: YearMonth): YMD => ({ year, month, day: 1 });

/** 2026/01（令和8年1月） */
export function formatMonthBoth(value: YearMonth): string {
  const wareki = formatWareki(firstDayOf(value)).replace(/1日$/, "");
  return `${value.year}/${pad(value.month)}（${wareki}）`;
}

export const yearMonthOfDate = (date: Date): YearMonth => ({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 });
