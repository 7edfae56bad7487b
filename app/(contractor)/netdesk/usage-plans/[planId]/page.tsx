import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/action-button";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { UsageGuaranteeSummary } from "@/components/usage-guarantee-summary";
import { UsagePlanStatusBadge } from "@/components/status-badge";
import { UsagePlanTable } from "@/components/usage-plan-table";
import { UsagePlanHistory } from "@/components/usage-plan-history";
import { requireContractor } from "@/lib/auth/guards";
import { USAGE_PLAN_VERSION_KIND_LABEL, USAGE_WORK_TYPE_LABEL } from "@/lib/domain/usage-plan-labels";
import { usagePlanErrors } from "@/lib/domain/usage-plan-rules";
import { formatDateTimeJst } from "@/lib/domain/wareki";
import { orNotFound } from "@/lib/http/or-not-found";
import { getContractorUsagePlan } from "@/lib/server/usage-plans/get-contractor-usage-plan";
import { submitUsagePlanAction } from "../_actions/usage-plan-actions";

export const metadata: Metadata = { title: "前払金使途内訳明細書" };

export default async function UsagePlanPage({ params }: { params: Promise<{ planId: string }> }) {
  const actor = await requireContractor();
  const { planId } = await params;
  const plan = await orNotFound(getContractorUsagePlan({ actor, planId }));
  const g = plan.guarantee;
  const { open, approved } = plan;
  const editable = open && open.status !== "SUBMITTED";
  const problems = editable
    ? Object.values(usagePlanErrors(open.lines, { workType: open.workType, guaranteeKind: g.kind, overheadAllowed: g.overheadAllowed, guaranteeAmount: g.amount }, { complete: true }))
    : [];
  return (
    <main>
      <Breadcrumbs items={[{ label: "全体トップ", href: "/netdesk" }, { label: "前払金使途内訳明細書", href: "/netdesk/usage-plans" }, { label: g.contractNumber }]} />
      <h1>前払金使途内訳明細書（{g.contractNumber}）</h1>
      <UsageGuaranteeSummary guarantee={g} />

      {open && (
        <section aria-labelledby="open-heading" className="action-panel">
          <h2 id="open-heading">
            {open.status === "SUBMITTED" ? "審査中の明細書" : "申込確認"}（第{open.versionNo}版・{USAGE_PLAN_VERSION_KIND_LABEL[open.kind]}） <UsagePlanStatusBadge status={open.status} />
          </h2>
          {open.status === "RETURNED" && open.companyMessage && (
            <div className="alert alert--warning">
              <h3 className="alert__heading">弊社からお客様へのお知らせ（差戻しの理由）</h3>
              <p>{open.companyMessage}</p>
            </div>
          )}
          {open.changeReason && <p>変更理由: {open.changeReason}</p>}
          <p className="muted">工事の種類: {USAGE_WORK_TYPE_LABEL[open.workType]}</p>
          <UsagePlanTable lines={open.lines} guaranteeAmount={g.amount} caption="申込確認: 明細書の行" changedFrom={open.kind === "CHANGE" ? approved?.lines : undefined} />
          {open.status === "SUBMITTED" ? (
            <p className="alert alert--info">{formatDateTimeJst(open.submittedAt!)} に送信しました。保証会社の承認をお待ちください。</p>
          ) : (
            <>
              {problems.length > 0 ? (
                <div className="alert alert--error" role="alert">
                  <h3 className="alert__heading">このままでは送信できません</h3>
                  <ul>
                    {problems.map((p) => (
                      <li key={p}>{p}</li>
                    ))}
                  </ul>
                </div>
              ) : (
                <p>内容をご確認のうえ「送信する」を押してください。</p>
              )}
              <div className="action-panel__buttons">
                <Link className="button button--secondary" href={`/netdesk/usage-plans/guarantee/${g.id}`}>
                  修正する
                </Link>
                {problems.length === 0 && (
                  <ActionButton action={submitUsagePlanAction} hidden={{ planId: plan.id, versionId: open.id, revision: String(open.revision) }} label="送信する" confirmText="この内容で明細書を保証会社へ送信します。よろしいですか？" />
                )}
              </div>
            </>
          )}
        </section>
      )}

      <section aria-labelledby="approved-heading">
        <h2 id="approved-heading">承認済みの明細書（現在有効）</h2>
        {approved ? (
          <>
            <p>
              第{approved.versionNo}版（{USAGE_PLAN_VERSION_KIND_LABEL[approved.kind]}）、{formatDateTimeJst(approved.decidedAt!)} 承認。
              {approved.forwardedTo && `${approved.forwardedTo}へ送付済み（${formatDateTimeJst(approved.forwardedAt!)}）。`}
            </p>
            <UsagePlanTable lines={approved.lines} guaranteeAmount={g.amount} caption="承認済みの明細書の行" />
            {!open && (
              <p>
                <Link className="button" href={`/netdesk/usage-plans/guarantee/${g.id}?change=1`}>
                  前払金使途変更申込
                </Link>
              </p>
            )}
          </>
        ) : (
          <p className="muted">まだ承認された明細書はありません。承認されるまで前払金は払い出せません。</p>
        )}
      </section>

      <UsagePlanHistory versions={plan.versions} guaranteeAmount={g.amount} />
      <p>
        <Link href="/netdesk/usage-plans">‹ 前払金使途内訳明細書の一覧へ戻る</Link>
      </p>
    </main>
  );
}
