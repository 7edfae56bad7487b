// Between the 契約保証予約 form and its Application row (kind RESERVATION).
import type { Application, ContractorCompany, Prisma } from "@/lib/db/client";
import { dateOfYmd, isoOfYmd, ymdOfDate } from "@/lib/domain/wareki";
import { EMPTY_RESERVATION_FORM, type TReservationData, type TReservationFormValues } from "@/lib/schemas/reservation-application";

type Fields = Omit<Prisma.ApplicationUncheckedCreateInput, "id" | "companyId" | "createdById" | "status" | "applicationNumber" | "submissionKey" | "submittedAt" | "createdAt" | "updatedAt">;

export function toReservationRecord(d: TReservationData): Fields {
  return {
    kind: "RESERVATION",
    orderingBodyId: d.orderingBodyId, projectName: d.projectName, projectLocation: d.projectLocation,
    bidNoticeNumber: d.bidNoticeNumber, bidDate: d.bidDate ? dateOfYmd(d.bidDate) : null, bidAmount: d.bidAmount, reservedAmount: d.reservedAmount,
    branchId: d.branchId, completionMailWanted: true, notificationEmail: d.notificationEmail,
    contactDepartment: d.contactDepartment, contactTitle: d.contactTitle, contactName: d.contactName, contactPhone: d.contactPhone,
    customerMessage: d.customerMessage,
  };
}

const text = (v: string | null) => v ?? "";
const yen = (v: bigint | null) => (v === null ? "" : v.toLocaleString("ja-JP"));

export function toReservationFormValues(row: Application): TReservationFormValues {
  return {
    orderingBodyId: text(row.orderingBodyId), projectName: text(row.projectName), projectLocation: text(row.projectLocation),
    bidNoticeNumber: text(row.bidNoticeNumber), bidDate: row.bidDate ? isoOfYmd(ymdOfDate(row.bidDate)).replace(/-/g, "/") : "",
    bidAmount: yen(row.bidAmount), reservedAmount: yen(row.reservedAmount), branchId: text(row.branchId),
    notificationEmail: text(row.notificationEmail), contactDepartment: text(row.contactDepartment), contactTitle: text(row.contactTitle),
    contactName: text(row.contactName), contactPhone: text(row.contactPhone), customerMessage: text(row.customerMessage),
  };
}

/** A new reservation: メールアドレス and 連絡先 from お客様情報. */
export function newReservationFormValues(company: ContractorCompany): TReservationFormValues {
  return {
    ...EMPTY_RESERVATION_FORM,
    notificationEmail: company.email,
    contactDepartment: company.contactDepartment ?? "", contactTitle: company.contactTitle ?? "",
    contactName: company.contactName ?? "", contactPhone: company.contactPhone ?? "",
  };
}
