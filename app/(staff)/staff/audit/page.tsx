import type { Metadata } from "next";
import Link from "next/link";
import { AuditHistory } from "@/components/audit-history";
import { KeysetPagination } from "@/components/pagination";
import { SearchForm } from "@/components/search-form";
import { requireStaff } from "@/lib/auth/guards";
import { auditActionOptions } from "@/lib/domain/audit-actions";
import { auditCursorFrom, listBranchAuditEntries } from "@/lib/server/audit/list-branch-audit-entries";
import { firstParam, type SearchParams } from "@/lib/search-params";
import { Breadcrumbs } from "@/components/breadcrumbs";

export const metadata: Metadata = { title: "監査ログ" };

const entityHref = (type: string, id: string) =>
  type === "Application" ? `/staff/applications/${id}` : type === "Guarantee" ? `/staff/guarantees/${id}` : null;

export default async function StaffAuditPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireStaff();
  const sp = await searchParams;
  const action = firstParam(sp.action);
  const result = await listBranchAuditEntries({
    actor,
    action,
    before: auditCursorFrom(firstParam(sp.before)),
    after: auditCursorFrom(firstParam(sp.after)),
  });

  return (
    <main>
      <Breadcrumbs items={[{ label: "保証会社業務トップ", href: "/staff" }, { label: "監査ログ" }]} />
      <h1>監査ログ</h1>
      <p className="muted">{actor.branchName}の申込・保証に対する処理と、{actor.branchName}の担当者の処理をすべて記録しています。記録は変更・削除できません。</p>
      <SearchForm
        label="監査ログの絞り込み"
        search={false}
        select={{ name: "action", label: "処理", value: action, options: auditActionOptions() }}
        submitLabel="絞り込む"
      />
      <AuditHistory
        entries={result.items}
        label="監査ログ"
        empty="記録はありません。"
        target={(e) => {
          const href = entityHref(e.entityType, e.entityId);
          return href ? <Link href={href}>{e.entityType === "Application" ? "申込" : "保証"}</Link> : e.entityType;
        }}
      />
      <KeysetPagination newerThan={result.newerThan} olderThan={result.olderThan} basePath="/staff/audit" params={{ action }} />
    </main>
  );
}
