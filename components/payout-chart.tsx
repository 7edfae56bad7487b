// 前払金払出予定 as a chart a person reads at a glance: per month a bar of the planned 払出 (払出予定 of the
// approved 明細書) beside a bar of what the bank paid, and a line of what remains of the advance. Plain SVG
// (no chart library): the same numbers are in the table next to it, which is what screen readers read.
import type { ScheduleMonth } from "@/lib/domain/payout-schedule";
import { formatYen } from "@/lib/domain/yen";

const W = 720;
const H = 300;
const PAD = { left: 84, right: 16, top: 20, bottom: 48 };

/** 12,000,000 → 「1,200万」 for the axis. */
const manYen = (v: bigint) => `${(Number(v) / 10_000).toLocaleString("ja-JP")}万`;

export function PayoutChart({ months, total, title }: { months: ScheduleMonth[]; total: bigint; title: string }) {
  if (months.length === 0) return null;
  const max = [total, ...months.map((m) => m.planned), ...months.map((m) => m.paid)].reduce((a, b) => (b > a ? b : a), 1n);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const y = (v: bigint) => PAD.top + plotH - (Number(v) / Number(max)) * plotH;
  const slot = plotW / months.length;
  const bar = Math.min(28, slot / 3);
  const ticks = [0n, max / 4n, max / 2n, (max * 3n) / 4n, max];
  const remainingPath = months.map((m, i) => `${i === 0 ? "M" : "L"}${PAD.left + slot * i + slot / 2},${y(m.remaining)}`).join(" ");
  return (
    <figure className="payout-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="payout-chart-title payout-chart-desc">
        <title id="payout-chart-title">{title}</title>
        <desc id="payout-chart-desc">月ごとの払出予定額と払出済額の棒グラフ、前払金の残額の折れ線グラフ。数値は下の表のとおりです。</desc>
        {ticks.map((t) => (
          <g key={t.toString()}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} className="payout-chart__grid" />
            <text x={PAD.left - 8} y={y(t) + 4} textAnchor="end" className="payout-chart__axis">
              {manYen(t)}
            </text>
          </g>
        ))}
        {months.map((m, i) => {
          const x = PAD.left + slot * i + slot / 2;
          return (
            <g key={`${m.month.year}-${m.month.month}`}>
              <rect x={x - bar - 1} y={y(m.planned)} width={bar} height={PAD.top + plotH - y(m.planned)} className="payout-chart__planned">
                <title>{`${m.month.year}年${m.month.month}月 払出予定 ${formatYen(m.planned)}`}</title>
              </rect>
              <rect x={x + 1} y={y(m.paid)} width={bar} height={PAD.top + plotH - y(m.paid)} className="payout-chart__paid">
                <title>{`${m.month.year}年${m.month.month}月 払出済 ${formatYen(m.paid)}`}</title>
              </rect>
              <text x={x} y={H - PAD.bottom + 18} textAnchor="middle" className="payout-chart__axis">
                {`${m.month.year}/${String(m.month.month).padStart(2, "0")}`}
              </text>
            </g>
          );
        })}
        <path d={remainingPath} className="payout-chart__remaining" />
        {months.map((m, i) => (
          <circle key={i} cx={PAD.left + slot * i + slot / 2} cy={y(m.remaining)} r={4} className="payout-chart__remaining-dot">
            <title>{`${m.month.year}年${m.month.month}月末 残額 ${formatYen(m.remaining)}`}</title>
          </circle>
        ))}
      </svg>
      <figcaption className="payout-chart__legend">
        <span className="payout-chart__key payout-chart__key--planned">払出予定</span>
        <span className="payout-chart__key payout-chart__key--paid">払出済</span>
        <span className="payout-chart__key payout-chart__key--remaining">残額（月末）</span>
      </figcaption>
    </figure>
  );
}
