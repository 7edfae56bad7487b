// 前払金払出予定: per month, what the approved 明細書 plans to pay out (払出予定) against what the bank
// actually paid (払出日), and what remains of the advance after each month. Months run from the first
// planned or paid month to the last, without gaps, so a chart reads at a glance.
import type { YearMonth } from "./month-input";

export type ScheduleMonth = { month: YearMonth; planned: bigint; paid: bigint; plannedToDate: bigint; paidToDate: bigint; remaining: bigint };

const key = (m: YearMonth) => m.year * 12 + (m.month - 1);
const ofKey = (k: number): YearMonth => ({ year: Math.floor(k / 12), month: (k % 12) + 1 });

export function payoutSchedule(total: bigint, planned: readonly { month: YearMonth; amount: bigint }[], paid: readonly { month: YearMonth; amount: bigint }[]): ScheduleMonth[] {
  const keys = [...planned, ...paid].map((e) => key(e.month));
  if (keys.length === 0) return [];
  const first = Math.min(...keys);
  const last = Math.max(...keys);
  const rows: ScheduleMonth[] = [];
  let plannedToDate = 0n;
  let paidToDate = 0n;
  for (let k = first; k <= last; k++) {
    const p = planned.filter((e) => key(e.month) === k).reduce((s, e) => s + e.amount, 0n);
    const a = paid.filter((e) => key(e.month) === k).reduce((s, e) => s + e.amount, 0n);
    plannedToDate += p;
    paidToDate += a;
    rows.push({ month: ofKey(k), planned: p, paid: a, plannedToDate, paidToDate, remaining: total - paidToDate });
  }
  return rows;
}
