// 保証料 of an issued guarantee on the staff's page: each statement (計算書, 追加, 返還) with its PDF.
import { FEE_STATEMENT_KIND_LABEL } from "@/lib/domain/fee-labels";
import { formatDateBoth } from "@/lib/domain/wareki";
import { formatYen } from "@/lib/domain/yen";
import { paymentLineOf } from "@/lib/server/fees/build-fee-statement-file";
import type { listGuaranteeFeeStatements } from "@/lib/server/fees/list-guarantee-fee-statements";

export function GuaranteeFeeStatements({ fees }: { fees: Awaited<ReturnType<typeof listGuaranteeFeeStatements>> }) {
  if (fees.feeAmount === null) return <p className="muted">この保証は保証料の記録より前に発行されたため、保証料計算書はありません。</p>;
  return (
    <>
      <p>
        保証料 {formatYen(fees.feeAmount)}（既納額 {formatYen(fees.feePaidNet ?? fees.feeAmount)}、返還・追加を反映）
      </p>
      <table className="data fee-statements-table" aria-label="保証料計算書">
        <thead>
          <tr>
            <th scope="col">計算書番号</th>
            <th scope="col">計算書</th>
            <th scope="col" className="num">金額</th>
            <th scope="col">作成日</th>
            <th scope="col">納付方法</th>
          </tr>
        </thead>
        <tbody>
          {fees.feeStatements.map((s) => (
            <tr key={s.id}>
              <td className="mono">
                <a href={`/staff/fees/statements/${s.id}`}>{s.statementNumber}</a>
              </td>
              <td>
                {FEE_STATEMENT_KIND_LABEL[s.kind]}（{s.reason}）{s.replacedById && <span className="muted">（訂正により差替え）</span>}
              </td>
              <td className="num">{formatYen(s.amount + s.tax)}</td>
              <td>{formatDateBoth(s.issuedOn)}</td>
              <td>{paymentLineOf(s)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
