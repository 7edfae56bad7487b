// 履歴 of a 前払金使途内訳明細書: every version (当初, each 使途変更), its 状態 and dates, and its lines.
import { UsagePlanStatusBadge } from "@/components/status-badge";
import { UsagePlanTable } from "@/components/usage-plan-table";
import { USAGE_PLAN_VERSION_KIND_LABEL } from "@/lib/domain/usage-plan-labels";
import { formatDateTimeJst } from "@/lib/domain/wareki";
import type { UsagePlanVersionView } from "@/lib/server/usage-plans/usage-plan-view";

export function UsagePlanHistory({ versions, guaranteeAmount }: { versions: UsagePlanVersionView[]; guaranteeAmount: bigint }) {
  return (
    <section aria-labelledby="usage-history-heading">
      <h2 id="usage-history-heading">履歴</h2>
      <table className="data">
        <caption className="visually-hidden">明細書の履歴</caption>
        <thead>
          <tr>
            <th scope="col">版</th>
            <th scope="col">種類</th>
            <th scope="col">状態</th>
            <th scope="col">送信日時</th>
            <th scope="col">承認・差戻し日時</th>
            <th scope="col">変更理由・差戻しの理由</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.id}>
              <td className="num">第{v.versionNo}版</td>
              <td>{USAGE_PLAN_VERSION_KIND_LABEL[v.kind]}</td>
              <td>
                <UsagePlanStatusBadge status={v.status} />
              </td>
              <td className="nowrap">{v.submittedAt ? formatDateTimeJst(v.submittedAt) : ""}</td>
              <td className="nowrap">{v.decidedAt ? formatDateTimeJst(v.decidedAt) : ""}</td>
              <td>{[v.changeReason, v.companyMessage].filter(Boolean).join(" / ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {versions.map((v) => (
        <details key={v.id} className="gd-howto">
          <summary>
            第{v.versionNo}版（{USAGE_PLAN_VERSION_KIND_LABEL[v.kind]}）の内容
          </summary>
          <UsagePlanTable lines={v.lines} guaranteeAmount={guaranteeAmount} caption={`第${v.versionNo}版の行`} />
        </details>
      ))}
    </section>
  );
}
