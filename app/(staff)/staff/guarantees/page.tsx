import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/pagination";
import { GuaranteeStatusBadge } from "@/components/status-badge";
import { requireStaff } from "@/lib/auth/guards";
import { CERTIFICATE_FORM_LABEL, KIND_SHORT } from "@/lib/domain/guarantee-labels";
import { formatDateTimeJst } from "@/lib/domain/wareki";
import { formatYen } from "@/lib/domain/yen";
import { listBranchGuarantees } from "@/lib/server/guarantees/list-branch-guarantees";
import { pageFrom } from "@/lib/server/pagination";

export const metadata: Metadata = { title: "発行済みの保証（変更・訂正・取消）" };

type Search = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

export default async function StaffGuaranteesPage({ searchParams }: { searchParams: Search }) {
  const user = await requireStaff();
  const sp = await searchParams;
  const status = one(sp.status);
  const q = one(sp.q);
  const result = await listBranchGuarantees({ branchId: user.branchId, status, q, page: pageFrom(sp.page) });

  return (
    <main>
      <p className="breadcrumb">
        <Link href="/staff">保証会社業務トップ</Link> › 発行済みの保証
      </p>
      <h1>発行済みの保証（変更・訂正・取消）</h1>
      <form className="panel search-form" method="get" role="search" aria-label="保証の検索">
        <div className="form-row">
          <label htmlFor="status">状態</label>
          <select id="status" name="status" defaultValue={status ?? ""}>
            <option value="">すべて</option>
            <option value="ACTIVE">有効</option>
            <option value="CANCELLED">取消</option>
          </select>
        </div>
        <div className="form-row form-row--grow">
          <label htmlFor="q">保証契約番号・請負者・工事名</label>
          <input id="q" name="q" type="text" defaultValue={q ?? ""} placeholder="例: 37071-00000M" />
        </div>
        <button className="button" type="submit">
          検索
        </button>
      </form>
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
      <Pagination page={result.page} pageCount={result.pageCount} total={result.total} basePath="/staff/guarantees" params={{ status, q }} />
    </main>
  );
}
