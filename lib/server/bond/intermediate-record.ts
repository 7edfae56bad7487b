// Between the 中間前払金保証 form and its Application row: the contract comes from the 前払金保証's
// application (請負工事の情報, 入札の状況, 申込送信先 = the branch that issued it, 受取方法), the form adds the rest.
import type { Application, ContractorCompany, Prisma } from "@/lib/db/client";
import { dateOfYmd, isoOfYmd, ymdOfDate } from "@/lib/domain/wareki";
import type { TIntermediateData, TIntermediateFormValues } from "@/lib/schemas/intermediate-application";
import type { IntermediateParent } from "./intermediate-context";

type Fields = Omit<Prisma.ApplicationUncheckedCreateInput, "id" | "companyId" | "createdById" | "status" | "applicationNumber" | "submissionKey" | "submittedAt" | "createdAt" | "updatedAt">;

export function toIntermediateRecord(d: TIntermediateData, parent: IntermediateParent, company: ContractorCompany): Fields {
  const p = parent.application;
  const mail = !p.receiveMethod;
  return {
    kind: "INTERMEDIATE",
    parentGuaranteeId: parent.id,
    orderingBodyId: parent.orderingBodyId, projectName: parent.projectName, projectLocation: p.projectLocation,
    contractAmount: parent.contractAmount, periodFrom: p.periodFrom, periodTo: p.periodTo, contractDate: p.contractDate, jvName: p.jvName,
    orderType: p.orderType, awardDate: p.awardDate,
    branchId: parent.branchId,
    // A paper certificate goes where the 前払金保証's went (by post to the company when that was electronic).
    receiveMethod: p.receiveMethod ?? "MAIL", receiveDesiredDate: null, visitDate: p.visitDate, visitHour: p.visitHour,
    shipToName: mail ? company.name : p.shipToName, shipToPostalCode: mail ? company.postalCode : p.shipToPostalCode, shipToAddress: mail ? company.address : p.shipToAddress,
    intermediateAmount: d.intermediateAmount, certificationDate: d.certificationDate ? dateOfYmd(d.certificationDate) : null,
    certificationNumber: d.certificationNumber, depositBank: d.depositBank, intermediateForm: d.intermediateForm,
    intermediateFeePaymentMethod: d.intermediateFeePaymentMethod, intermediateFeeBillTo: d.intermediateFeeBillTo,
    intermediateFeeStatementWanted: d.intermediateFeeStatementWanted,
    completionMailWanted: d.completionMailWanted ?? true, notificationEmail: d.notificationEmail,
    contactDepartment: d.contactDepartment, contactTitle: d.contactTitle, contactName: d.contactName, contactPhone: d.contactPhone,
    customerMessage: d.customerMessage,
  };
}

const text = (v: string | null) => v ?? "";
const yen = (v: bigint | null) => (v === null ? "" : v.toLocaleString("ja-JP"));
const yesNo = (v: boolean | null) => (v === null ? "" : v ? "YES" : "NO");

/** A stored 中間 application back in the form (a returned one corrected; the rules at 発行). */
export function toIntermediateFormValues(row: Application): TIntermediateFormValues {
  return {
    intermediateAmount: yen(row.intermediateAmount),
    certificationDate: row.certificationDate ? isoOfYmd(ymdOfDate(row.certificationDate)).replace(/-/g, "/") : "",
    certificationNumber: text(row.certificationNumber), depositBank: text(row.depositBank), intermediateForm: row.intermediateForm ?? "",
    intermediateFeePaymentMethod: row.intermediateFeePaymentMethod ?? "", intermediateFeeBillTo: text(row.intermediateFeeBillTo),
    intermediateFeeStatementWanted: yesNo(row.intermediateFeeStatementWanted), completionMailWanted: yesNo(row.completionMailWanted),
    notificationEmail: text(row.notificationEmail), contactDepartment: text(row.contactDepartment), contactTitle: text(row.contactTitle),
    contactName: text(row.contactName), contactPhone: text(row.contactPhone), customerMessage: text(row.customerMessage),
  };
}

/** A new 中間 application: the 前払金保証's 預託金融機関 (the same 専用口座), form, fee choices and contact. */
export function newIntermediateFormValues(parent: IntermediateParent, company: ContractorCompany): TIntermediateFormValues {
  const p = parent.application;
  return {
    intermediateAmount: "", certificationDate: "", certificationNumber: "",
    depositBank: text(p.depositBank), intermediateForm: parent.form,
    intermediateFeePaymentMethod: p.advanceFeePaymentMethod ?? "", intermediateFeeBillTo: p.advanceFeeBillTo ?? company.name,
    intermediateFeeStatementWanted: yesNo(p.advanceFeeStatementWanted), completionMailWanted: yesNo(p.completionMailWanted),
    notificationEmail: p.notificationEmail ?? company.email,
    contactDepartment: text(p.contactDepartment ?? company.contactDepartment), contactTitle: text(p.contactTitle ?? company.contactTitle),
    contactName: text(p.contactName ?? company.contactName), contactPhone: text(p.contactPhone ?? company.contactPhone), customerMessage: "",
  };
}
