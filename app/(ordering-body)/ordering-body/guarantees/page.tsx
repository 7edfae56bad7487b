import type { Metadata } from "next";
import Link from "next/link";
import { requireOrderingBodyUser } from "@/lib/auth/guards";
import { GUARANTEE_STATUS_LABEL, PRODUCT_NAME } from "@/lib/domain/guarantee-labels";
import { formatDateTimeJst } from "@/lib/domain/wareki";
import { formatYen } from "@/lib/domain/yen";
import { listVerifiedGuarantees } from "@/lib/server/ordering-body/list-verified-guarantees";
import { ConfirmReceiptButton } from "./confirm-receipt-button";

export const metadata: Metadata = { title: "確認済みの電子保証一覧" };

export default async function VerifiedGuaranteesPage() {
  const actor = await requireOrderingBodyUser();
  const rows = await listVerifiedGuarantees({ actor });
  return (
    <main>
      <h1>確認済みの電子保証一覧（{actor.orderingBodyName}）</h1>
      <p className="muted">
        貴団体のアカウントでログインして <Link href="/verify">電子保証の確認</Link> を行った電子保証の、現在の状態です。変更・取消があった場合は、登録のメールアドレスにもお知らせします。
      </p>
      {rows.length === 0 ? (
        <p className="panel">まだ確認した電子保証はありません。</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">保証契約番号</th>
              <th scope="col">商品名</th>
              <th scope="col">請負契約者 / 工事名</th>
              <th scope="col">保証金額</th>
              <th scope="col">状態</th>
              <th scope="col">最終確認日時</th>
              <th scope="col">受領確認</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>{row.contractNumber}</td>
                <td>{PRODUCT_NAME[row.kind]}</td>
                <td>
                  {row.companyName}
                  <br />
                  {row.projectName}
                </td>
                <td>{formatYen(row.amount)}</td>
                <td>
                  <span className={row.status === "CANCELLED" ? "status status--cancelled" : "status status--active"}>{GUARANTEE_STATUS_LABEL[row.status]}</span>
                </td>
                <td>{formatDateTimeJst(row.lastVerifiedAt)}</td>
                <td>
                  {row.receiptConfirmedAt ? (
                    `受領確認済み（${formatDateTimeJst(row.receiptConfirmedAt)}）`
                  ) : (
                    <ConfirmReceiptButton guaranteeId={row.id} contractNumber={row.contractNumber} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
