import type { Metadata } from "next";
import Link from "next/link";
import { HelpLink } from "@/components/help-link";
import { redirect } from "next/navigation";
import { requireContractor } from "@/lib/auth/guards";
import { APPLICATION_STATUS_LABEL, isBranchLocked, isEditableStatus } from "@/lib/domain/application-status";
import { toApplicationFormValues } from "@/lib/server/applications/application-record";
import { orNotFound } from "@/lib/http/or-not-found";
import { getContractorApplication } from "@/lib/server/applications/get-contractor-application";
import { ApplicationFormPage } from "../../_form/application-form-page";
import { CompanyMessage } from "../company-message";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { formatYen } from "@/lib/domain/yen";

export const metadata: Metadata = { title: "保証申込 申込の修正" };

export default async function EditApplicationPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ copied?: string }> }) {
  const actor = await requireContractor();
  const { id } = await params;
  const application = await orNotFound(getContractorApplication({ actor, applicationId: id }));
  // Sent applications are read, not edited: the detail page says where they stand.
  if (!isEditableStatus(application.status)) redirect(`/netdesk/applications/${id}`);
  // 中間前払金保証 and 契約保証予約 have their own forms.
  if (application.kind === "INTERMEDIATE" && application.parentGuaranteeId) redirect(`/netdesk/guarantees/${application.parentGuaranteeId}/intermediate`);
  if (application.kind === "RESERVATION") redirect(`/netdesk/reservations/${id}/edit`);
  const copied = (await searchParams).copied === "1";
  return (
    <main className="wide">
      <Breadcrumbs items={[{ label: "保証申込 一覧", href: "/netdesk/applications" }, { label: "申込の作成" }]} />
      <HelpLink href="/netdesk/help/applications" label="保証申込のヘルプ" />
      <h1>
        保証申込　{application.status === "RETURNED" ? "申込の修正" : "申込の作成"}
        <span className="badge">{APPLICATION_STATUS_LABEL[application.status]}</span>
      </h1>
      {application.applicationNumber && <p>申込番号: {application.applicationNumber}</p>}
      <p className="muted">
        ご不明な点は申込先の<Link href="/help/branches">営業部・支店</Link>までお気軽にお問い合わせください。
      </p>
      {copied && (
        <p className="alert alert--info" role="status">
          過去の申込をコピーしました。内容を確認・修正して申し込んでください。
        </p>
      )}
      <CompanyMessage message={application.companyMessage} />
      {application.reservation && (
        <p className="alert alert--info">
          契約保証予約（予約番号 <span className="mono">{application.reservation.contractNumber}</span>）からの申込です。契約保証金額は予約した {formatYen(application.reservation.amount)} 以上としてください。
        </p>
      )}
      <ApplicationFormPage
        initialValues={toApplicationFormValues(application)}
        applicationId={application.id}
        lockedBranch={isBranchLocked(application.status) && application.branch ? { id: application.branch.id, name: application.branch.name } : null}
      />
    </main>
  );
}
