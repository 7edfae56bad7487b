import type { Metadata } from "next";
import Link from "next/link";
import { requireContractor } from "@/lib/auth/guards";
import { APPLICATION_STATUS_LABEL, isEditableStatus } from "@/lib/domain/application-status";
import { formatDateTimeJst } from "@/lib/domain/wareki";
import { ZApplicationDraft } from "@/lib/schemas/application";
import { toApplicationFormValues } from "@/lib/server/applications/application-record";
import { orNotFound } from "@/lib/http/or-not-found";
import { getContractorApplication } from "@/lib/server/applications/get-contractor-application";
import { ApplicationSummary } from "../_form/application-summary";
import { CompanyMessage } from "./company-message";
import { CopyButton } from "./copy-button";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { BondApplicationDetails } from "@/components/bond-application-details";
import { APPLICATION_KIND_LABEL } from "@/lib/domain/bond-labels";

export const metadata: Metadata = { title: "保証申込 申込内容" };

export default async function ApplicationDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireContractor();
  const { id } = await params;
  const application = await orNotFound(getContractorApplication({ actor, applicationId: id }));
  // Shown through the form's own reading, exactly as 申込確認 showed it.
  const data = application.kind === "GUARANTEE" ? ZApplicationDraft.parse(toApplicationFormValues(application)) : null;
  return (
    <main className="wide">
      <Breadcrumbs items={[{ label: "保証申込 一覧", href: "/netdesk/applications" }, { label: "申込内容" }]} />
      <h1>{application.kind === "GUARANTEE" ? "保証申込" : APPLICATION_KIND_LABEL[application.kind]}　申込内容</h1>
      <table className="data status-table">
        <tbody>
          <tr>
            <th scope="row">申込番号</th>
            <td>{application.applicationNumber ?? <span className="muted">（送信時に付番されます）</span>}</td>
            <th scope="row">手続状況</th>
            <td>
              <span className={`status status--${application.status.toLowerCase()}`}>{APPLICATION_STATUS_LABEL[application.status]}</span>
            </td>
            <th scope="row">送信日時</th>
            <td>{application.submittedAt ? formatDateTimeJst(application.submittedAt) : "—"}</td>
          </tr>
        </tbody>
      </table>
      <CompanyMessage message={application.companyMessage} />
      <div className="form-actions form-actions--start">
        {isEditableStatus(application.status) && (
          <Link className="button" href={`/netdesk/applications/${application.id}/edit`}>
            {application.status === "RETURNED" ? "修正して再送信する" : "作成を再開する"}
          </Link>
        )}
        {data && <CopyButton sourceId={application.id} />}
        {application.guarantees
          .filter((g) => g.kind === "ADVANCE" && g.status === "ACTIVE")
          .map((g) => (
            <Link key={g.id} className="button button--secondary button--small" href={`/netdesk/guarantees/${g.id}/intermediate`}>
              中間前払金保証を申し込む
            </Link>
          ))}
      </div>
      {application.reservation && (
        <p className="alert alert--info">
          契約保証予約（予約番号 <span className="mono">{application.reservation.contractNumber}</span>）からの申込です。
        </p>
      )}
      {data ? (
        <ApplicationSummary data={data} orderingBodyName={application.orderingBody?.name ?? null} branchName={application.branch?.name ?? null} />
      ) : (
        <BondApplicationDetails application={application} />
      )}
    </main>
  );
}
