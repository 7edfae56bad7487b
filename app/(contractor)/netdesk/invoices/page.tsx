import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { requireContractor } from "@/lib/auth/guards";
import { KIND_SHORT } from "@/lib/domain/guarantee-labels";
import { formatYen } from "@/lib/domain/yen";
import { listContractorInvoices } from "@/lib/server/invoices/list-contractor-invoices";

export const metadata: Metadata = { title: "前払金請求書" };

export default async function InvoicesPage() {
  const actor = await requireContractor();
  const rows = await listContractorInvoices({ actor });
  return (
    <main>
      <Breadcrumbs items={[{ label: "全体トップ", href: "/netdesk" }, { label: "前払金請求書" }]} />
      <h1>前払金請求書</h1>
      <p className="muted">発注者へ提出する前払金の請求書を、保証ごとに作成します（PDF）。振込先は前払金専用口座です。発注者によっては、認証キーのお知らせと同じメールで受け付けています（電子保証概要の「発注者へ提出」で添付できます）。</p>
      {rows.length === 0 ? (
        <p className="panel">有効な前払金保証・中間前払金保証はありません。</p>
      ) : (
        <div className="table-scroll">
          <table className="data">
            <caption className="visually-hidden">前払金請求書を作成できる保証</caption>
            <thead>
              <tr>
                <th scope="col">保証種類</th>
                <th scope="col">保証契約番号</th>
                <th scope="col">発注者名 / 工事名</th>
                <th scope="col">請求金額</th>
                <th scope="col">請求書</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.guaranteeId}>
                  <td>{KIND_SHORT[r.kind]}</td>
                  <td className="nowrap">{r.contractNumber}</td>
                  <td>
                    {r.orderingBodyName}
                    <small className="usage-lines__detail">{r.projectName}</small>
                  </td>
                  <td className="num">{formatYen(r.amount)}</td>
                  <td>
                    <Link href={`/netdesk/invoices/${r.guaranteeId}`} aria-label={`${r.contractNumber} の前払金請求書`}>
                      {r.saved ? "表示・PDF" : "作成"}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </main>
  );
}
