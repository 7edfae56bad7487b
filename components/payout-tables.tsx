// The tables of 預託金払出依頼書, shared by the contractor's, the bank's and the staff's pages: the approved
// 明細書's lines with what each has planned, 依頼中, 払出済 and what remains (balances derived from rows),
// and the lines of one request with the bank's decision. `decision` lets the bank's page put its forms in
// the last column.
import type { ReactNode } from "react";
import { PayoutLineStatusBadge } from "@/components/status-badge";
import { formatMonthBoth } from "@/lib/domain/month-input";
import type { ItemBalance } from "@/lib/domain/payout-rules";
import { usageCategoryLabel } from "@/lib/domain/usage-categories";
import { NO_PAYEE, PAYOUT_METHOD_LABEL, UNSETTLED_PAYEE } from "@/lib/domain/usage-plan-labels";
import { formatDateBoth } from "@/lib/domain/wareki";
import { formatYen } from "@/lib/domain/yen";
import type { DrawableLine } from "@/lib/server/payouts/item-balances";
import type { PayoutDocument, PayoutRequestLineView } from "@/lib/server/payouts/payout-request-view";

const payeeOf = (line: Pick<DrawableLine, "payee" | "settled">) => line.payee ?? (line.settled ? NO_PAYEE : UNSETTLED_PAYEE);

export function PayoutPlanTable({ lines, total, caption, documents, documentHref }: { lines: DrawableLine[]; total: ItemBalance; caption: string; documents?: PayoutDocument[]; documentHref?: (id: string) => string }) {
  return (
    // Wide with the 証拠書類 column: a region the keyboard can scroll.
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="data payout-lines">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">No.</th>
            <th scope="col">前払金を使用する項目</th>
            <th scope="col">支払先</th>
            <th scope="col">払出方法・予定</th>
            <th scope="col">前払金使用金額</th>
            <th scope="col">依頼中</th>
            <th scope="col">払出済</th>
            <th scope="col">残額</th>
            {documents && <th scope="col">証拠書類</th>}
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.itemId}>
              <td className="num">{l.itemNo}</td>
              <td>
                {usageCategoryLabel(l.category)}
                {l.detail && <small className="usage-lines__detail">{l.detail}</small>}
              </td>
              <td>{payeeOf(l)}</td>
              <td>
                {PAYOUT_METHOD_LABEL[l.payoutMethod]}
                <small className="usage-lines__detail">{formatMonthBoth(l.scheduledMonth)}</small>
              </td>
              <td className="num">{formatYen(l.balance.planned)}</td>
              <td className="num">{formatYen(l.balance.requested)}</td>
              <td className="num">{formatYen(l.balance.paid)}</td>
              <td className="num">
                <strong>{formatYen(l.balance.remaining)}</strong>
              </td>
              {documents && (
                <td>
                  {documents.filter((d) => d.itemId === l.itemId).map((d) => (
                    <a key={d.id} href={documentHref?.(d.id)} className="payout-lines__document">
                      {d.fileName}
                    </a>
                  ))}
                </td>
              )}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={4}>
              合計
            </th>
            <td className="num">{formatYen(total.planned)}</td>
            <td className="num">{formatYen(total.requested)}</td>
            <td className="num">{formatYen(total.paid)}</td>
            <td className="num">
              <strong>{formatYen(total.remaining)}</strong>
            </td>
            {documents && <td />}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

const accountOf = (l: PayoutRequestLineView) =>
  l.payoutMethod === "TRANSFER" ? `${l.bankName} ${l.bankBranchName} ${l.accountType} ${l.accountNumber} ${l.accountHolderKana}` : PAYOUT_METHOD_LABEL[l.payoutMethod];

export function PayoutRequestLinesTable({ lines, caption, decision }: { lines: PayoutRequestLineView[]; caption: string; decision?: (line: PayoutRequestLineView) => ReactNode }) {
  return (
    <div className="table-scroll">
      <table className="data payout-lines">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">No.</th>
            <th scope="col">前払金を使用する項目</th>
            <th scope="col">支払先</th>
            <th scope="col">依頼額</th>
            <th scope="col">振込先</th>
            <th scope="col">状態</th>
            <th scope="col">払出・差戻し</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.id}>
              <td className="num">{l.itemNo ?? ""}</td>
              <td>{l.category ? usageCategoryLabel(l.category) : ""}</td>
              <td>{l.payee}</td>
              <td className="num">{formatYen(l.amount)}</td>
              <td>{accountOf(l)}</td>
              <td>
                <PayoutLineStatusBadge status={l.status} />
              </td>
              <td>
                {l.status === "PAID" && l.paidOn && (
                  <span>
                    {formatDateBoth(l.paidOn)} {formatYen(l.paidAmount)}
                  </span>
                )}
                {l.status === "RETURNED" && <span>理由: {l.returnReason}</span>}
                {l.status === "REQUESTED" && (decision ? decision(l) : <span className="muted">預託金融機関の処理待ち</span>)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
