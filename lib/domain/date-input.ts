// Dates as Japanese users type them: 20221031, 2022/10/31 (also 2022-10-31 from a date picker,
// and full-width digits from an IME). Only real calendar dates are read.
import type { YMD } from "./wareki";

export type DateProblem = "format" | "not-a-date";
export type DateParse = { ok: true; value: YMD } | { ok: false; problem: DateProblem };

const PATTERNS = [/^(\d{4})(\d{2})(\d{2})$/, /^(\d{4})[/\-.](\d{1,2})[/\-.](\d{1,2})$/];

export function parseDateInput(raw: string): DateParse {
  const text = raw.normalize("NFKC").trim();
  const match = PATTERNS.map((p) => p.exec(text)).find((m) => m !== null);
  if (!match) return { ok: false, problem: "format" };
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  const real = probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
  if (!real || year < 1900 || year > 2200) return { ok: false, problem: "not-a-date" };
  return { ok: true, value: { year, month, day } };
}
