import type { Metadata } from "next";
import { requestedKindsLabel } from "@/lib/domain/bond-labels";
import { HelpLink } from "@/components/help-link";
import Link from "next/link";
import { requireContractor } from "@/lib/auth/guards";
import { APPLICATION_STATUS_LABEL, isEditableStatus } from "@/lib/domain/application-status";
import { formatDateTimeJst } from "@/lib/domain/wareki";
import { formatYen } from "@/lib/domain/yen";
import { listContractorApplications } from "@/lib/server/applications/list-contractor-applications";
import { CopyButton } from "./[id]/copy-button";

export const metadata: Metadata = { title: "保証申込" };

const kinds = requestedKindsLabel;

export default async function ApplicationsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requireContractor();
  const { rows, total, page, pageCount } = await listContractorApplications({ actor, page: Number((await searchParams).page ?? 1) });
  return (
    <main className="wide">
      <HelpLink href="/netdesk/help/applications" label="保証申込のヘルプ" />
      <h1>保証申込（前払・中間・契約）</h1>
      <p className="form-actions form-actions--start">
        <Link className="button" href="/netdesk/applications/new">
          申込の作成(新規)
        </Link>
      </p>
      <h2>申込一覧</h2>
      <p className="muted">
        全{pageCount}ページ({total}件)中の{page}ページ目を表示しています。一時保存した申込は「作成を再開」から続けられます。
      </p>
      {rows.length === 0 ? (
        <p>まだ申込はありません。</p>
      ) : (
        <table className="data applications-table">
          <thead>
            <tr>
              <th scope="col">申込番号</th>
              <th scope="col">保証種類</th>
              <th scope="col">発注者名 / 工事名</th>
              <th scope="col">請負金額</th>
              <th scope="col">手続状況</th>
              <th scope="col">更新日時</th>
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>{row.applicationNumber ?? <span className="muted">—</span>}</td>
                <td>{kinds(row)}</td>
                <td>
                  {row.orderingBody?.name ?? <span className="muted">（発注者未入力）</span>}
                  <br />
                  <Link href={`/netdesk/applications/${row.id}`}>{row.projectName ?? "（工事名未入力）"}</Link>
                </td>
                <td className="num">{formatYen(row.contractAmount)}</td>
                <td>
                  <span className={`status status--${row.status.toLowerCase()}`}>{APPLICATION_STATUS_LABEL[row.status]}</span>
                </td>
                <td>{formatDateTimeJst(row.updatedAt)}</td>
                <td className="actions">
                  {isEditableStatus(row.status) && (
                    <Link className="button button--small" href={`/netdesk/applications/${row.id}/edit`}>
                      {row.status === "RETURNED" ? "修正する" : "作成を再開"}
                    </Link>
                  )}
                  <CopyButton sourceId={row.id} label="コピー" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pageCount > 1 && (
        <nav className="pagination" aria-label="ページ">
          {page > 1 && <Link href={`/netdesk/applications?page=${page - 1}`}>前のページ</Link>}
          {page < pageCount && <Link href={`/netdesk/applications?page=${page + 1}`}>次のページ</Link>}
        </nav>
      )}
    </main>
  );
}
