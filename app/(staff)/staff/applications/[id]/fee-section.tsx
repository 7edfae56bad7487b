// 保証料 of the application on the staff's page: the fee of each guarantee (estimate under today's table, or
// frozen at 発行) with its breakdown, whether 発行 finds it settled, and the 入金確認 form where it is not.
import Link from "next/link";
import { FeeBreakdown } from "@/components/fee-breakdown";
import { FEE_PAYMENT_METHOD_LABEL, WANTED_LABEL, yesNoLabel } from "@/lib/domain/application-labels";
import { FEE_NAME, FEE_RECEIPT_METHOD_LABEL } from "@/lib/domain/fee-labels";
import { formatWareki } from "@/lib/domain/wareki";
import { formatYen } from "@/lib/domain/yen";
import type { getBranchApplicationFees } from "@/lib/server/fees/get-branch-application-fees";
import { FeePaymentForm } from "./fee-payment-form";

type Fees = Awaited<ReturnType<typeof getBranchApplicationFees>>;
const OPEN = new Set(["SUBMITTED", "ACCEPTED", "UNDER_REVIEW"]);

export function FeeSection({ applicationId, fees, today }: { applicationId: string; fees: Fees; today: string }) {
  return (
    <section aria-labelledby="fee-heading" data-testid="fee-section">
      <h2 id="fee-heading">保証料</h2>
      <p className="muted">
        一括納付の取扱い：{fees.lumpSumBilling ? "あり（保証料支払方法が一括納付の保証は、入金確認なしで発行できます）" : "なし"}
        （<Link href="/staff/fees">保証料の業務</Link>で設定）
      </p>
      {fees.rows.map((row) => (
        <div key={row.kind} className="panel fee-row">
          <h3>
            {FEE_NAME[row.kind]}：{row.fee === null ? "料率表が公開されていないため計算できません" : `${formatYen(row.fee)}${row.frozen ? "（発行時に確定）" : "（概算）"}`}
          </h3>
          <p>
            保証料支払方法：{row.terms.paymentMethod ? FEE_PAYMENT_METHOD_LABEL[row.terms.paymentMethod] : "―"} ／ 請求先：{row.terms.billTo ?? "―"} ／ 保証料計算書(紙)：
            {yesNoLabel(row.terms.statementWanted, WANTED_LABEL)}
          </p>
          {row.payment && (
            <p>
              入金確認：{formatWareki(row.payment.receivedOn)} {formatYen(row.payment.amount)}（{FEE_RECEIPT_METHOD_LABEL[row.payment.method]}）
            </p>
          )}
          {row.settlement && !row.frozen && (
            <p className={row.settlement.settled ? "fee-row__settled" : "alert alert--warning"}>
              {row.settlement.settled ? (row.settlement.lumpSum ? "一括納付のため発行できます。" : "入金確認済みのため発行できます。") : `${row.settlement.reason}。発行の前に入金確認を記録してください。`}
            </p>
          )}
          {row.breakdown && (
            <details>
              <summary>計算の内訳</summary>
              <FeeBreakdown breakdown={row.breakdown} caption={`${FEE_NAME[row.kind]}の内訳`} />
            </details>
          )}
          {!row.frozen && row.fee !== null && OPEN.has(fees.status) && !(row.settlement?.settled && row.settlement.lumpSum) && (
            <FeePaymentForm applicationId={applicationId} kind={row.kind} fee={row.fee.toLocaleString("ja-JP")} today={today} />
          )}
        </div>
      ))}
    </section>
  );
}
