import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { requireContractor } from "@/lib/auth/guards";
import { APPLICATION_STATUS_LABEL, isEditableStatus } from "@/lib/domain/application-status";
import { orNotFound } from "@/lib/http/or-not-found";
import { getContractorApplication } from "@/lib/server/applications/get-contractor-application";
import { toReservationFormValues } from "@/lib/server/bond/reservation-record";
import { CompanyMessage } from "../../../applications/[id]/company-message";
import { ReservationFormPage } from "../../_form/reservation-form-page";

export const metadata: Metadata = { title: "契約保証予約申込 申込の修正" };

export default async function EditReservationPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireContractor();
  const { id } = await params;
  const application = await orNotFound(getContractorApplication({ actor, applicationId: id }));
  if (application.kind !== "RESERVATION") notFound();
  if (!isEditableStatus(application.status)) redirect(`/netdesk/applications/${id}`);
  return (
    <main className="wide">
      <Breadcrumbs items={[{ label: "全体トップ", href: "/netdesk" }, { label: "契約保証予約", href: "/netdesk/reservations" }, { label: "申込の修正" }]} />
      <h1>
        契約保証予約申込　{application.status === "RETURNED" ? "申込の修正" : "申込の作成"} <span className="badge">{APPLICATION_STATUS_LABEL[application.status]}</span>
      </h1>
      {application.applicationNumber && <p>申込番号: {application.applicationNumber}</p>}
      <CompanyMessage message={application.companyMessage} />
      <ReservationFormPage initialValues={toReservationFormValues(application)} applicationId={application.id} />
    </main>
  );
}
