// The lines of one 前払金使途内訳明細書 version, with its totals, as the form's columns read: 項目,
// 全所要数量, 全所要金額, 前払金使用金額, 払出方法, 払出予定, 支払先. Shared by the contractor's and the staff's pages.
import { formatMonthBoth } from "@/lib/domain/month-input";
import { usageCategoryLabel } from "@/lib/domain/usage-categories";
import { PAYEE_EVIDENCE, PAYEE_KIND_LABEL, PAYOUT_METHOD_LABEL } from "@/lib/domain/usage-plan-labels";
import { payeeText, usagePlanTotals, type UsagePlanLineValues } from "@/lib/domain/usage-plan-rules";
import { formatYen } from "@/lib/domain/yen";

type Line = UsagePlanLineValues & { id: string; itemNo: number | null };

export function UsagePlanTable({ lines, guaranteeAmount, caption, changedFrom }: { lines: Line[]; guaranteeAmount: bigint; caption: string; changedFrom?: Line[] }) {
  const totals = usagePlanTotals(lines, guaranteeAmount);
  const before = new Map((changedFrom ?? []).filter((l) => l.itemNo !== null).map((l) => [l.itemNo, l]));
  const changed = (line: Line) => {
    const old = line.itemNo === null ? undefined : before.get(line.itemNo);
    if (!changedFrom) return false;
    return !old || old.advanceAmount !== line.advanceAmount || old.payee !== line.payee || old.totalAmount !== line.totalAmount || old.category !== line.category;
  };
  return (
    <div className="table-scroll">
      <table className="data usage-lines">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">No.</th>
            <th scope="col">前払金を使用する項目</th>
            <th scope="col">全所要数量</th>
            <th scope="col">全所要金額</th>
            <th scope="col">前払金使用金額</th>
            <th scope="col">払出方法</th>
            <th scope="col">払出予定</th>
            <th scope="col">支払先</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line, index) => (
            <tr key={line.id} className={changed(line) ? "row--changed" : undefined}>
              <td className="num">{line.itemNo ?? `（新${index + 1}）`}</td>
              <td>
                {usageCategoryLabel(line.category)}
                {line.detail && <small className="usage-lines__detail">{line.detail}</small>}
              </td>
              <td>{line.quantity}</td>
              <td className="num">{formatYen(line.totalAmount)}</td>
              <td className="num">{formatYen(line.advanceAmount)}</td>
              <td>{PAYOUT_METHOD_LABEL[line.payoutMethod]}</td>
              <td className="nowrap">{formatMonthBoth(line.scheduledMonth)}</td>
              <td>
                {payeeText(line)}
                {line.payeeKind && (
                  <small className="usage-lines__detail">
                    {PAYEE_KIND_LABEL[line.payeeKind]}（証拠書類: {PAYEE_EVIDENCE[line.payeeKind]}）
                  </small>
                )}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              合計
            </th>
            <td className="num">{formatYen(totals.totalAmount)}</td>
            <td className="num">{formatYen(totals.advanceAmount)}</td>
            <td colSpan={3}>
              前払金額 {formatYen(guaranteeAmount)}
              {totals.remaining !== 0n && <strong className="usage-lines__remaining">（差額 {formatYen(totals.remaining)}）</strong>}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
