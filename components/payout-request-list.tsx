// The list of 預託金払出依頼書 (払出依頼 No., 送信日時, the guarantee, 依頼額, 払出済, 状態), shared by the
// contractor's, the bank's and the staff's pages; each links to the request on the viewer's own desk.
import Link from "next/link";
import { PayoutRequestStateBadge } from "@/components/status-badge";
import { payoutRequestTitle } from "@/lib/domain/payout-labels";
import { formatDateTimeJst } from "@/lib/domain/wareki";
import { formatYen } from "@/lib/domain/yen";
import type { PayoutRequestSummary } from "@/lib/server/payouts/payout-request-view";

export function PayoutRequestList({ requests, hrefOf, showCompany, caption = "払出依頼の一覧" }: { requests: PayoutRequestSummary[]; hrefOf: (id: string) => string; showCompany?: boolean; caption?: string }) {
  return (
    <div className="table-scroll">
      <table className="data">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">払出依頼</th>
            <th scope="col">送信日時</th>
            <th scope="col">保証契約番号</th>
            {showCompany && <th scope="col">請負者</th>}
            <th scope="col">工事名</th>
            <th scope="col">依頼額</th>
            <th scope="col">払出済</th>
            <th scope="col">状態</th>
          </tr>
        </thead>
        <tbody>
          {requests.map((r) => (
            <tr key={r.id}>
              <td className="nowrap">
                <Link href={hrefOf(r.id)} aria-label={`${r.contractNumber} の${payoutRequestTitle(r.requestNo)}`}>
                  {payoutRequestTitle(r.requestNo)}
                </Link>
              </td>
              <td className="nowrap">{formatDateTimeJst(r.submittedAt)}</td>
              <td className="nowrap">{r.contractNumber}</td>
              {showCompany && <td>{r.companyName}</td>}
              <td>{r.projectName}</td>
              <td className="num">{formatYen(r.requested)}</td>
              <td className="num">{formatYen(r.paid)}</td>
              <td>
                <PayoutRequestStateBadge statuses={r.statuses} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
