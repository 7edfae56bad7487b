import type { Metadata } from "next";
import Link from "next/link";
import { AuditHistory } from "@/components/audit-history";
import { Pagination } from "@/components/pagination";
import { SearchForm } from "@/components/search-form";
import { requireStaff } from "@/lib/auth/guards";
import { auditActionOptions } from "@/lib/domain/audit-actions";
import { formatPercent } from "@/lib/domain/guarantee-ratio";
import { listBranchAuditEntries } from "@/lib/server/audit/list-branch-audit-entries";
import { pageFrom } from "@/lib/server/pagination";
import { getVerificationFailureRate } from "@/lib/server/verification/verification-failure-rate";
import { firstParam, type SearchParams } from "@/lib/search-params";
import { Breadcrumbs } from "@/components/breadcrumbs";

export const metadata: Metadata = { title: "監査ログ" };


const entityHref = (type: string, id: string) =>
  type === "Application" ? `/staff/applications/${id}` : type === "Guarantee" ? `/staff/guarantees/${id}` : null;

export default async function StaffAuditPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireStaff();
  const sp = await searchParams;
  const action = firstParam(sp.action);
  const [result, rate] = await Promise.all([listBranchAuditEntries({ actor, action, page: pageFrom(sp.page) }), getVerificationFailureRate({ actor })]);

  return (
    <main>
      <Breadcrumbs items={[{ label: "保証会社業務トップ", href: "/staff" }, { label: "監査ログ" }]} />
      <h1>監査ログ</h1>
      <p className="muted">{actor.branchName}の申込・保証に対する処理と、{actor.branchName}の担当者の処理をすべて記録しています。記録は変更・削除できません。</p>
      {/* For the administrators' view once that role exists (issue 14): the throttle counts per source, so
          guessing spread over many addresses shows here instead of locking the ordering bodies out. */}
      <section className="panel" aria-labelledby="verification-rate-heading" data-testid="verification-failure-rate">
        <h2 id="verification-rate-heading">発注者の照会（直近24時間・全支店）</h2>
        <p>
          照会 {rate.attempts.toLocaleString("ja-JP")}件、うち失敗 {rate.failures.toLocaleString("ja-JP")}件（失敗率{" "}
          {formatPercent(BigInt(rate.failures), BigInt(rate.attempts))}）、失敗した送信元 {rate.failingSources.toLocaleString("ja-JP")}件
        </p>
        <p className="muted">失敗は、存在しない保証契約番号または誤った認証キーによる照会です。回数制限で受け付けなかった照会は含みません。</p>
      </section>
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
      <Pagination page={result.page} pageCount={result.pageCount} total={result.total} basePath="/staff/audit" params={{ action }} />
    </main>
  );
}
