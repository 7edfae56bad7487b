import type { Metadata } from "next";
import { requestedKindsLabel } from "@/lib/domain/bond-labels";
import Link from "next/link";
import { Pagination } from "@/components/pagination";
import { SearchForm } from "@/components/search-form";
import { ApplicationStatusBadge } from "@/components/status-badge";
import { requireStaff } from "@/lib/auth/guards";
import { APPLICATION_STATUS_LABEL, STAFF_VISIBLE_STATUSES } from "@/lib/domain/application-status";
import { formatDateTimeJst } from "@/lib/domain/wareki";
import { formatYen } from "@/lib/domain/yen";
import { listBranchApplications } from "@/lib/server/applications/list-branch-applications";
import { pageFrom } from "@/lib/server/pagination";
import { firstParam, type SearchParams } from "@/lib/search-params";
import { Breadcrumbs } from "@/components/breadcrumbs";

export const metadata: Metadata = { title: "申込一覧（受付・審査・発行）" };


export default async function StaffApplicationsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireStaff();
  const sp = await searchParams;
  const status = firstParam(sp.status);
  const q = firstParam(sp.q);
  const fees = firstParam(sp.fees) === "unpaid" ? "unpaid" : undefined;
  const result = await listBranchApplications({ actor, status, q, fees, page: pageFrom(sp.page) });

  return (
    <main>
      <Breadcrumbs items={[{ label: "保証会社業務トップ", href: "/staff" }, { label: "申込一覧" }]} />
      <h1>申込一覧（受付・審査・発行）</h1>
      <p className="muted">{actor.branchName}に送信された申込です。新しい順に表示しています。</p>
      {fees && (
        <p className="panel" data-testid="fees-unpaid-filter">
          保証料の入金待ち（受付済・審査中で、入金確認も一括納付の取扱いもない保証料がある申込）に絞り込んでいます。{" "}
          <Link href="/staff/applications">すべての申込を表示する</Link>
        </p>
      )}

      <SearchForm
        label="申込の検索"
        select={{ name: "status", label: "手続状況", value: status, options: STAFF_VISIBLE_STATUSES.map((s) => ({ value: s, label: APPLICATION_STATUS_LABEL[s] })) }}
        text={{ name: "q", label: "請負者・工事名・申込番号", value: q, placeholder: "例: 〇〇建設、河川維持工事", grow: true }}
      />

      {result.items.length === 0 ? (
        <p className="panel">条件に合う申込はありません。</p>
      ) : (
        <div className="table-scroll">
          <table className="data" aria-label="申込一覧">
            <thead>
              <tr>
                <th scope="col">申込番号</th>
                <th scope="col">送信日時</th>
                <th scope="col">手続状況</th>
                <th scope="col">請負者</th>
                <th scope="col">発注者名／工事名</th>
                <th scope="col">請負金額</th>
                <th scope="col">申込内容</th>
                <th scope="col">
                  <span className="visually-hidden">詳細</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {result.items.map((a) => (
                <tr key={a.id}>
                  <td className="mono nowrap">{a.applicationNumber ?? "―"}</td>
                  <td className="nowrap">{a.submittedAt ? formatDateTimeJst(a.submittedAt) : "―"}</td>
                  <td>
                    <ApplicationStatusBadge status={a.status} />
                  </td>
                  <td>{a.company.name}</td>
                  <td>
                    <span className="muted">{a.orderingBody?.name}</span>
                    <br />
                    {a.projectName}
                  </td>
                  <td className="num nowrap">{formatYen(a.contractAmount)}</td>
                  <td className="nowrap">{requestedKindsLabel(a)}</td>
                  <td>
                    <Link className="button button--small" href={`/staff/applications/${a.id}`} aria-label={`${a.projectName ?? "申込"}の詳細`}>
                      詳細
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} total={result.total} moreThanTotal={result.moreThanTotal} basePath="/staff/applications" params={{ status, q, fees }} />
    </main>
  );
}
