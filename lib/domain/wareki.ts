// 和暦 (Japanese era) dates. Date-only values (工期, 落札日…) are stored as PostgreSQL DATE and
// arrive as UTC midnight, so they are read in UTC; instants (電子保証発行日時) are shown in JST.

// An era is counted from its first year (元年), which is the Gregorian year it began in; the date it
// applies from is its start. 明治 began in 1868 (明治元年), but Japan kept the lunisolar calendar until
// 明治5年12月2日; the next day was 1873-01-01 (明治6年1月1日), so a Gregorian date before that has no
// 和暦 of the same month and day and is shown in 西暦 only.
type Era = { name: string; firstYear: number; start: string }; // start: first day shown in the era, YYYY-MM-DD

// Newest first. Each era begins on the day after the previous one ended.
const ERAS: Era[] = [
  { name: "令和", firstYear: 2019, start: "2019-05-01" },
  { name: "平成", firstYear: 1989, start: "1989-01-08" },
  { name: "昭和", firstYear: 1926, start: "1926-12-25" },
  { name: "大正", firstYear: 1912, start: "1912-07-30" },
  { name: "明治", firstYear: 1868, start: "1873-01-01" }, // 明治6年1月1日: the Gregorian calendar adopted
];

export type YMD = { year: number; month: number; day: number };

const pad = (n: number) => String(n).padStart(2, "0");
const iso = ({ year, month, day }: YMD) => `${year}-${pad(month)}-${pad(day)}`;

export function ymdOfDate(date: Date): YMD {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The parts of an instant in Japan Standard Time (UTC+9, no daylight saving). */
export function jstParts(instant: Date): YMD & { hour: number; minute: number } {
  const shifted = new Date(instant.getTime() + 9 * 60 * 60 * 1000);
  return { ...ymdOfDate(shifted), hour: shifted.getUTCHours(), minute: shifted.getUTCMinutes() };
}

/** 令和4年10月31日; the first year of an era is 元年 (2019-05-01 → 令和元年5月1日). */
export function formatWareki(value: YMD | Date): string {
  const ymd = value instanceof Date ? ymdOfDate(value) : value;
  const key = iso(ymd);
  const era = ERAS.find((e) => key >= e.start);
  if (!era) return `${ymd.year}年${ymd.month}月${ymd.day}日`;
  const eraYear = ymd.year - era.firstYear + 1;
  return `${era.name}${eraYear === 1 ? "元" : eraYear}年${ymd.month}月${ymd.day}日`;
}

/** 2022/10/31 */
export function formatSeireki(value: YMD | Date): string {
  const ymd = value instanceof Date ? ymdOfDate(value) : value;
  return `${ymd.year}/${pad(ymd.month)}/${pad(ymd.day)}`;
}

/** Both, as users expect: 2022/10/31（令和4年10月31日） */
export function formatDateBoth(value: YMD | Date): string {
  return `${formatSeireki(value)}（${formatWareki(value)}）`;
}

/** An instant in JST: 2022/11/01 15:00 */
export function formatDateTimeJst(instant: Date): string {
  const p = jstParts(instant);
  return `${formatSeireki(p)} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** An instant in JST with its 和暦 date: 令和4年11月1日 15時00分 */
export function formatDateTimeWareki(instant: Date): string {
  const p = jstParts(instant);
  return `${formatWareki(p)} ${p.hour}時${pad(p.minute)}分`;
}

/** Today's date in Japan, whatever the server's or browser's time zone. */
export function todayInJapan(now: Date = new Date()): YMD {
  const { year, month, day } = jstParts(now);
  return { year, month, day };
}

/** Negative when a is earlier than b, 0 on the same day. */
export function compareYmd(a: YMD, b: YMD): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** A date-only value as PostgreSQL DATE expects it (UTC midnight), and back. */
export const dateOfYmd = ({ year, month, day }: YMD) => new Date(Date.UTC(year, month - 1, day));

export const isoOfYmd = iso;
