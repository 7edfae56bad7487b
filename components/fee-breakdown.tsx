// The breakdown of a fee (lib/domain/fee-calculation.ts FeeBreakdown): a line per bracket, the period
// factor, rounding, minimum and the fee — the same rows on 保証料計算, the administrators' preview, the staff's
// application page and 保証料計算書一覧.
import type { FeeBreakdown as Breakdown } from "@/lib/domain/fee-calculation";
import { formatYen } from "@/lib/domain/yen";

const yen = (text: string) => formatYen(BigInt(text));

export function FeeBreakdown({ breakdown, caption, feeLabel = "保証料" }: { breakdown: Breakdown; caption: string; feeLabel?: string }) {
  const tax = BigInt(breakdown.tax);
  return (
    <table className="data detail fee-breakdown">
      <caption className="visually-hidden">{caption}</caption>
      <tbody>
        {breakdown.lines.map((line, index) => (
          <tr key={index}>
            <th scope="row">
              区分 {yen(line.from)}〜{line.upTo ? yen(line.upTo) : "上限なし"}
            </th>
            <td>
              {yen(line.base)} × {line.ratePercent}% = {line.yearly}
              {line.note && <span className="muted">（{line.note}）</span>}
            </td>
          </tr>
        ))}
        <tr><th scope="row">年額の計</th><td>{breakdown.yearlyTotal}</td></tr>
        <tr><th scope="row">期間係数</th><td>{breakdown.periodFactor}</td></tr>
        <tr><th scope="row">端数処理前</th><td>{breakdown.beforeRounding}</td></tr>
        <tr><th scope="row">端数処理</th><td>{breakdown.rounding}</td></tr>
        <tr><th scope="row">最低保証料</th><td>{yen(breakdown.minimumFee)}{breakdown.minimumApplied && "（適用）"}</td></tr>
        <tr className="fee-breakdown__total"><th scope="row">{feeLabel}</th><td>{yen(breakdown.fee)}</td></tr>
        {tax > 0n && (
          <>
            <tr><th scope="row">消費税（{breakdown.taxPercent}%）</th><td>{yen(breakdown.tax)}</td></tr>
            <tr><th scope="row">合計</th><td>{yen(breakdown.total)}</td></tr>
          </>
        )}
      </tbody>
    </table>
  );
}
