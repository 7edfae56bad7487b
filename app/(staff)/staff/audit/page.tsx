import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/pagination";
import { requireStaff } from "@/lib/auth/guards";
import { AUDIT_ACTION_LABEL, auditActionLabel, describeAuditValue } from "@/lib/domain/audit-labels";
import { formatDateTimeJst } from "@/lib/domain/wareki";
import { listBranchAuditEntries } from "@/lib/server/audit/list-branch-audit-entries";
import { pageFrom } from "@/lib/server/pagination";

export const metadata: Metadata = { title: "監査ログ" };

type Search = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

const entityHref = (type: string, id: string) =>
  type === "Application" ? `/staff/applications/${id}` : type === "Guarantee" ? `/staff/guarantees/${id}` : null;

export default async function StaffAuditPage({ searchParams }: { searchParams: Search }) {
  const user = await requireStaff();
  const sp = await searchParams;
  const action = one(sp.action);
  const result = await listBranchAuditEntries({ branchId: user.branchId, action, page: pageFrom(sp.page) });

  return (
    <main>
      <p className="breadcrumb">
        <Link href="/staff">保証会社業務トップ</Link> › 監査ログ
      </p>
      <h1>監査ログ</h1>
      <p className="muted">{user.branch.name}の申込・保証に対する処理と、{user.branch.name}の担当者の処理をすべて記録しています。記録は変更・削除できません。</p>
      <form className="panel search-form" method="get" aria-label="監査ログの絞り込み">
        <div className="form-row">
          <label htmlFor="action">処理</label>
          <select id="action" name="action" defaultValue={action ?? ""}>
            <option value="">すべて</option>
            {Object.entries(AUDIT_ACTION_LABEL).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <button className="button" type="submit">
          絞り込む
        </button>
      </form>
      <div className="table-scroll">
        <table className="data" aria-label="監査ログ">
          <thead>
            <tr>
              <th scope="col">日時</th>
              <th scope="col">担当者</th>
              <th scope="col">処理</th>
              <th scope="col">対象</th>
              <th scope="col">IPアドレス</th>
              <th scope="col">変更前</th>
              <th scope="col">変更後</th>
            </tr>
          </thead>
          <tbody>
            {result.items.map((e) => {
              const href = entityHref(e.entityType, e.entityId);
              return (
                <tr key={String(e.id)}>
                  <td className="nowrap">{formatDateTimeJst(e.at)}</td>
                  <td>{e.actorName ?? "システム"}</td>
                  <td className="nowrap">{auditActionLabel(e.action)}</td>
                  <td className="nowrap">{href ? <Link href={href}>{e.entityType === "Application" ? "申込" : "保証"}</Link> : e.entityType}</td>
                  <td className="nowrap">{e.ipAddress ?? ""}</td>
                  <td className="json">{describeAuditValue(e.before)}</td>
                  <td className="json">{describeAuditValue(e.after)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {result.items.length === 0 && <p className="panel">記録はありません。</p>}
      <Pagination page={result.page} pageCount={result.pageCount} total={result.total} basePath="/staff/audit" params={{ action }} />
    </main>
  );
}
