import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/pagination";
import { SearchForm } from "@/components/search-form";
import { GuaranteeStatusBadge } from "@/components/status-badge";
import { requireStaff } from "@/lib/auth/guards";
import { CERTIFICATE_FORM_LABEL, GUARANTEE_STATUS_LABEL, KIND_SHORT } from "@/lib/domain/guarantee-labels";
import { formatDateTimeJst } from "@/lib/domain/wareki";
import { formatYen } from "@/lib/domain/yen";
import { listBranchGuarantees } from "@/lib/server/guarantees/list-branch-guarantees";
import { pageFrom } from "@/lib/server/pagination";
import { firstParam, type SearchParams } from "@/lib/search-params";
import { Breadcrumbs } from "@/components/breadcrumbs";

export const metadata: Metadata = { title: "発行済みの保証（変更・訂正・取消）" };

const GUARANTEE_STATUS_OPTIONS = Object.entries(GUARANTEE_STATUS_LABEL).map(([value, label]) => ({ value, label }));

export default async function StaffGuaranteesPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireStaff();
  const sp = await searchParams;
  const status = firstParam(sp.status);
  const q = firstParam(sp.q);
  const result = await listBranchGuarantees({ actor, status, q, page: pageFrom(sp.page) });

  return (
    <main>
      <Breadcrumbs items={[{ label: "保証会社業務トップ", href: "/staff" }, { label: "発行済みの保証" }]} />
      <h1>発行済みの保証（変更・訂正・取消）</h1>
      <SearchForm
        label="保証の検索"
        select={{ name: "status", label: "状態", value: status, options: GUARANTEE_STATUS_OPTIONS }}
        text={{ name: "q", label: "保証契約番号・請負者・工事名", value: q, placeholder: "例: 37071-00000M", grow: true }}
      />
      {result.items.length === 0 ? (
        <p className="panel">条件に合う保証はありません。</p>
      ) : (
        <div className="table-scroll">
          <table className="data" aria-label="発行済みの保証">
            <thead>
              <tr>
                <th scope="col">保証種類</th>
                <th scope="col">保証契約番号</th>
                <th scope="col">請負者</th>
                <th scope="col">発注者名／工事名</th>
                <th scope="col">保証金額</th>
                <th scope="col">形式</th>
                <th scope="col">状態</th>
                <th scope="col">発行日時</th>
              </tr>
            </thead>
            <tbody>
              {result.items.map((g) => (
                <tr key={g.id}>
                  <td>{KIND_SHORT[g.kind]}</td>
                  <td>
                    <Link className="mono" href={`/staff/guarantees/${g.id}`}>
                      {g.contractNumber}
                    </Link>
                  </td>
                  <td>{g.company.name}</td>
                  <td>
                    <span className="muted">{g.orderingBody.name}</span>
                    <br />
                    {g.projectName}
                  </td>
                  <td className="num nowrap">{formatYen(g.amount)}</td>
                  <td>{CERTIFICATE_FORM_LABEL[g.form]}</td>
                  <td>
                    <GuaranteeStatusBadge status={g.status} />
                  </td>
                  <td className="nowrap">{formatDateTimeJst(g.issuedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} total={result.total} moreThanTotal={result.moreThanTotal} basePath="/staff/guarantees" params={{ status, q }} />
    </main>
  );
}
