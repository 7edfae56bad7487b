import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { UsageGuaranteeSummary } from "@/components/usage-guarantee-summary";
import { UsagePlanStatusBadge } from "@/components/status-badge";
import { UsagePlanHistory } from "@/components/usage-plan-history";
import { UsagePlanTable } from "@/components/usage-plan-table";
import { requireStaff } from "@/lib/auth/guards";
import { USAGE_PLAN_VERSION_KIND_LABEL, USAGE_WORK_TYPE_LABEL } from "@/lib/domain/usage-plan-labels";
import { formatDateTimeJst } from "@/lib/domain/wareki";
import { orNotFound } from "@/lib/http/or-not-found";
import { getBranchUsagePlan } from "@/lib/server/usage-plans/get-branch-usage-plan";
import { UsagePlanDecisionForms } from "./decision-forms";

export const metadata: Metadata = { title: "前払金使途内訳明細書の審査" };

export default async function StaffUsagePlanPage({ params }: { params: Promise<{ planId: string }> }) {
  const actor = await requireStaff();
  const { planId } = await params;
  const plan = await orNotFound(getBranchUsagePlan({ actor, planId }));
  const g = plan.guarantee;
  const { open, approved } = plan;
  return (
    <main>
      <Breadcrumbs items={[{ label: "保証会社業務トップ", href: "/staff" }, { label: "前払金使途内訳明細書", href: "/staff/usage-plans" }, { label: g.contractNumber }]} />
      <h1>前払金使途内訳明細書の審査（{g.contractNumber}）</h1>
      <UsageGuaranteeSummary
        guarantee={g}
        contractNumber={<Link href={`/staff/guarantees/${g.id}`}>{g.contractNumber}</Link>}
        extra={[
          ["請負者", g.companyName],
          ["現場管理費等（25%）", g.overheadAllowed && g.kind === "ADVANCE" ? "発注者が認めています" : "計上できません"],
        ]}
      />
      {open && (
        <section aria-labelledby="open-heading" className="action-panel panel">
          <h2 id="open-heading">
            第{open.versionNo}版（{USAGE_PLAN_VERSION_KIND_LABEL[open.kind]}） <UsagePlanStatusBadge status={open.status} />
          </h2>
          <p className="muted">
            工事の種類: {USAGE_WORK_TYPE_LABEL[open.workType]}
            {open.submittedAt && ` ・ 送信日時: ${formatDateTimeJst(open.submittedAt)}`}
          </p>
          {open.changeReason && <p>変更理由: {open.changeReason}</p>}
          {open.kind === "CHANGE" && <p className="muted">色の付いた行が、承認済みの明細書から変わった行です。</p>}
          <UsagePlanTable lines={open.lines} guaranteeAmount={g.amount} caption="審査する明細書の行" changedFrom={open.kind === "CHANGE" ? approved?.lines : undefined} />
          {open.status === "SUBMITTED" ? <UsagePlanDecisionForms planId={plan.id} versionId={open.id} bank={g.depositBank} /> : <p className="muted">お客様が作成中です（まだ送信されていません）。</p>}
        </section>
      )}
      <section aria-labelledby="approved-heading">
        <h2 id="approved-heading">承認済みの明細書（現在有効）</h2>
        {approved ? (
          <>
            <p>
              第{approved.versionNo}版、{formatDateTimeJst(approved.decidedAt!)} 承認{approved.forwardedTo && `・${approved.forwardedTo}へ送付済み`}
            </p>
            <UsagePlanTable lines={approved.lines} guaranteeAmount={g.amount} caption="承認済みの明細書の行" />
          </>
        ) : (
          <p className="muted">まだ承認された明細書はありません。</p>
        )}
      </section>
      <UsagePlanHistory versions={plan.versions} guaranteeAmount={g.amount} />
    </main>
  );
}
