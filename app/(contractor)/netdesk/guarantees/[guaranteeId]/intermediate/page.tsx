import type { Metadata } from "next";
import Link from "next/link";
import { randomUUID } from "node:crypto";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { DetailTable } from "@/components/detail-table";
import { requireContractor } from "@/lib/auth/guards";
import { APPLICATION_STATUS_LABEL } from "@/lib/domain/application-status";
import { formatFraction } from "@/lib/domain/guarantee-ratio";
import { formatDateBoth } from "@/lib/domain/wareki";
import { formatYen } from "@/lib/domain/yen";
import { orNotFound } from "@/lib/http/or-not-found";
import { getIntermediateApplicationForm } from "@/lib/server/bond/get-intermediate-application-form";
import { CompanyMessage } from "../../../applications/[id]/company-message";
import { IntermediateForm } from "./intermediate-form";

export const metadata: Metadata = { title: "中間前払金保証の申込" };

export default async function IntermediateApplicationPage({ params }: { params: Promise<{ guaranteeId: string }> }) {
  const actor = await requireContractor();
  const { guaranteeId } = await params;
  const view = await orNotFound(getIntermediateApplicationForm({ actor, parentGuaranteeId: guaranteeId }));
  const { parent, eligibility: e, rules, existing } = view;
  const period = parent.periodFrom && parent.periodTo ? `${formatDateBoth(parent.periodFrom)} 〜 ${formatDateBoth(parent.periodTo)}` : "";
  const rounding = rules.roundingUnit > 1n ? `（${formatYen(rules.roundingUnit)}未満切捨て）` : "";

  return (
    <main className="wide">
      <Breadcrumbs items={[{ label: "全体トップ", href: "/netdesk" }, { label: "保証契約一覧", href: "/netdesk/guarantees" }, { label: "中間前払金保証の申込" }]} />
      <h1>中間前払金保証の申込</h1>
      <p className="muted">前払金保証（保証契約番号 <span className="mono">{parent.contractNumber}</span>）の工事について、中間前払金保証を申し込みます。請負工事の情報は前払金保証から引き継ぎます。</p>

      <h2>請負工事の情報</h2>
      <DetailTable
        caption="請負工事の情報"
        rows={[
          ["発注者名", parent.orderingBodyName],
          ["工事名", parent.projectName],
          ["請負金額", formatYen(parent.contractAmount)],
          ["工期", period],
          ["保証期限（前払金保証と同じ）", formatDateBoth(parent.termTo)],
          ["申込送信先", parent.branchName],
        ]}
      />

      <section aria-labelledby="eligibility-heading" className="panel">
        <h2 id="eligibility-heading">中間前払金の条件（{parent.orderingBodyName}の定め）</h2>
        <DetailTable
          caption="中間前払金の条件"
          rows={[
            ["工期の2分の1を経過する日", formatDateBoth(new Date(Date.UTC(e.halfTermDate.year, e.halfTermDate.month - 1, e.halfTermDate.day)))],
            ["前払金額（前払金保証の保証金額）", formatYen(e.advanced)],
            [`請負金額の${formatFraction(rules.limit)}`, `${formatYen(e.shareMax)}${rounding}`],
            [`前払金との合計の上限（請負金額の${formatFraction(rules.totalLimit)}）まで`, `${formatYen(e.totalMax)}${rounding}`],
            ["申し込める中間前払金額の上限", <strong key="max">{formatYen(e.max)}</strong>],
          ]}
        />
        <p className="muted">
          中間前払金は、工期の2分の1を経過し、工程表で工期の2分の1までに行う作業が終わり、出来高が請負金額の2分の1以上に達したことを発注者が認定（認定調書）した後に請求できます。中間前払金は前払金使途内訳明細書の現場管理費等（25%）の対象になりません。
        </p>
        {e.belowMinimum && <p className="alert alert--error">この工事の請負金額は、{parent.orderingBodyName}の中間前払金の対象（{formatYen(rules.minContractAmount)}以上）ではありません。</p>}
      </section>

      {view.refusal ? (
        <p className="alert alert--error" role="alert">{view.refusal}</p>
      ) : existing && !existing.editable ? (
        <p className="alert alert--info" role="status">
          この前払金保証の中間前払金保証は申込済みです（申込番号 {existing.applicationNumber}、{APPLICATION_STATUS_LABEL[existing.status]}）。{" "}
          <Link href={`/netdesk/applications/${existing.id}`}>申込内容を見る</Link>
        </p>
      ) : (
        <>
          {existing && <CompanyMessage message={existing.companyMessage} />}
          <IntermediateForm
            parentGuaranteeId={parent.id}
            submissionKey={randomUUID()}
            initialValues={view.initialValues}
            orderingBody={{ name: parent.orderingBodyName, eGuaranteeEnabled: parent.eGuaranteeEnabled }}
            eligibility={{
              halfTermDate: e.halfTermDate,
              shareMax: e.shareMax.toString(),
              totalMax: e.totalMax.toString(),
              max: e.max.toString(),
              advanced: e.advanced.toString(),
              belowMinimum: e.belowMinimum,
              limit: rules.limit,
              totalLimit: rules.totalLimit,
              roundingUnit: rules.roundingUnit.toString(),
              minContractAmount: rules.minContractAmount.toString(),
            }}
          />
        </>
      )}
    </main>
  );
}
