import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { UsageGuaranteeSummary } from "@/components/usage-guarantee-summary";
import { requireContractor } from "@/lib/auth/guards";
import { orNotFound } from "@/lib/http/or-not-found";
import { firstParam, type SearchParams } from "@/lib/search-params";
import { getUsagePlanEditor } from "@/lib/server/usage-plans/get-usage-plan-editor";
import { linesForForm } from "../../_form/editor-defaults";
import { UsagePlanForm } from "../../_form/usage-plan-form";

export const metadata: Metadata = { title: "前払金使途内訳明細書の作成" };

export default async function UsagePlanEditorPage({ params, searchParams }: { params: Promise<{ guaranteeId: string }>; searchParams: SearchParams }) {
  const actor = await requireContractor();
  const { guaranteeId } = await params;
  const editor = await orNotFound(getUsagePlanEditor({ actor, guaranteeId }));
  // Sent and waiting, or a cancelled guarantee: nothing to edit, the 明細書's page says why. An approved
  // 明細書 opens a 使途変更申込 only when asked (?change=1); otherwise its page.
  const startsChange = editor.kind === "CHANGE" && !editor.basis.versionId;
  if (editor.planId && (editor.submitted || !editor.guarantee.active || (startsChange && firstParam((await searchParams).change) !== "1"))) {
    redirect(`/netdesk/usage-plans/${editor.planId}`);
  }
  const g = editor.guarantee;
  const change = editor.kind === "CHANGE";
  const title = change ? "前払金使途変更申込" : "前払金使途内訳明細書の作成";
  return (
    <main>
      <Breadcrumbs items={[{ label: "全体トップ", href: "/netdesk" }, { label: "前払金使途内訳明細書", href: "/netdesk/usage-plans" }, { label: title }]} />
      <h1>{title}</h1>
      {!g.active && <p className="alert alert--error">取消された保証の明細書は作成できません。</p>}
      {editor.start?.status === "RETURNED" && editor.start.companyMessage && (
        <div className="alert alert--warning" role="status">
          <h2 className="alert__heading">保証会社から差戻しされました</h2>
          <p>{editor.start.companyMessage}</p>
        </div>
      )}
      {change && <p className="muted">承認済みの明細書（第{editor.approved?.versionNo}版）から変更します。前払金使用金額の合計は変えられません。行の間で金額を移したり、未定の支払先を確定したりしてください。承認されるまでは変更前の明細書が有効です。</p>}
      <UsageGuaranteeSummary guarantee={g} />
      {g.active && (
        <UsagePlanForm
          guaranteeId={g.id}
          guaranteeKind={g.kind}
          guaranteeAmount={g.amount.toString()}
          overheadAllowed={g.overheadAllowed}
          change={change}
          basis={{ versionId: editor.basis.versionId, revision: String(editor.basis.revision), basedOn: editor.basis.basedOn }}
          defaults={{ workType: editor.start?.workType ?? "CONSTRUCTION", changeReason: (editor.start?.kind === "CHANGE" && editor.start.changeReason) || "", lines: linesForForm(editor.start) }}
        />
      )}
      <p>
        <Link href="/netdesk/usage-plans">‹ 前払金使途内訳明細書の一覧へ戻る</Link>
      </p>
    </main>
  );
}
