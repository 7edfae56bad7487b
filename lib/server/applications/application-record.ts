// Between the form's values and the Application row: what a parsed form writes, and what a stored
// row shows again in the form (a draft resumed, a returned application corrected, a copy).
import type { Application, ContractorCompany, Prisma } from "@/lib/db/client";
import { dateOfYmd, isoOfYmd, ymdOfDate } from "@/lib/domain/wareki";
import { EMPTY_APPLICATION_FORM, type TApplicationData, type TApplicationFormValues } from "@/lib/schemas/application";

export type ApplicationFormFields = Omit<
  Prisma.ApplicationUncheckedCreateInput,
  "id" | "applicationNumber" | "companyId" | "createdById" | "status" | "submissionKey" | "copiedFromId" | "submittedAt" | "createdAt" | "updatedAt" | "companyMessage"
>;

const day = (v: TApplicationData["periodFrom"]) => (v ? dateOfYmd(v) : null);

export function toApplicationRecord(d: TApplicationData): ApplicationFormFields {
  // A guarantee not applied for keeps nothing of its own fields: what the user cleared by
  // unticking it must not come back as data the staff read.
  const a = d.advanceRequested;
  const c = d.contractGuaranteeRequested;
  return {
    orderingBodyId: d.orderingBodyId, projectName: d.projectName, projectLocation: d.projectLocation,
    contractAmount: d.contractAmount, periodFrom: day(d.periodFrom), periodTo: day(d.periodTo),
    contractDate: day(d.contractDate), jvName: d.jvName,
    advanceRequested: a,
    advanceForm: a ? d.advanceForm : null, advanceFiscalYearAmount: a ? d.advanceFiscalYearAmount : null,
    advanceAmount: a ? d.advanceAmount : null, depositBank: a ? d.depositBank : null, redeposit: a ? d.redeposit : null,
    advanceFeePaymentMethod: a ? d.advanceFeePaymentMethod : null, advanceFeeBillTo: a ? d.advanceFeeBillTo : null,
    advanceFeeStatementWanted: a ? d.advanceFeeStatementWanted : null, intermediateAdvance: a ? d.intermediateAdvance : null,
    intermediateAdvancePlanned: a ? d.intermediateAdvancePlanned : null,
    contractGuaranteeRequested: c,
    contractForm: c ? d.contractForm : null, contractGuaranteeAmount: c ? d.contractGuaranteeAmount : null,
    contractFeePaymentMethod: c ? d.contractFeePaymentMethod : null, contractFeeBillTo: c ? d.contractFeeBillTo : null,
    contractFeeStatementWanted: c ? d.contractFeeStatementWanted : null,
    orderType: d.orderType, awardDate: day(d.awardDate), bidRounds: d.bidRounds, bidderCount: d.bidderCount,
    disqualifiedCount: d.disqualifiedCount, secondBidder: d.secondBidder, secondBidAmountThousand: d.secondBidAmountThousand,
    highestBidder: d.highestBidder, highestBidAmountThousand: d.highestBidAmountThousand,
    branchId: d.branchId, receiveMethod: d.receiveMethod,
    receiveDesiredDate: d.receiveMethod === "MAIL" ? day(d.receiveDesiredDate) : null,
    visitDate: d.receiveMethod === "COUNTER" ? day(d.visitDate) : null,
    visitHour: d.receiveMethod === "COUNTER" ? d.visitHour : null,
    completionMailWanted: d.completionMailWanted ?? true, notificationEmail: d.notificationEmail,
    shipToName: d.shipToName, shipToPostalCode: d.shipToPostalCode, shipToAddress: d.shipToAddress,
    contactDepartment: d.contactDepartment, contactTitle: d.contactTitle, contactName: d.contactName,
    contactPhone: d.contactPhone, customerMessage: d.customerMessage,
  };
}

const text = (v: string | null) => v ?? "";
const yen = (v: bigint | null) => (v === null ? "" : v.toLocaleString("ja-JP"));
const num = (v: number | null) => (v === null ? "" : String(v));
const date = (v: Date | null) => (v ? isoOfYmd(ymdOfDate(v)).replace(/-/g, "/") : "");
const yesNo = (v: boolean | null) => (v === null ? "" : v ? "YES" : "NO");

export function toApplicationFormValues(row: Application): TApplicationFormValues {
  return {
    orderingBodyId: text(row.orderingBodyId), projectName: text(row.projectName), projectLocation: text(row.projectLocation),
    contractAmount: yen(row.contractAmount), periodFrom: date(row.periodFrom), periodTo: date(row.periodTo),
    contractDate: date(row.contractDate), jvName: text(row.jvName),
    advanceRequested: row.advanceRequested, advanceForm: row.advanceForm ?? "",
    advanceFiscalYearAmount: yen(row.advanceFiscalYearAmount), advanceAmount: yen(row.advanceAmount),
    depositBank: text(row.depositBank), redeposit: yesNo(row.redeposit),
    advanceFeePaymentMethod: row.advanceFeePaymentMethod ?? "", advanceFeeBillTo: text(row.advanceFeeBillTo),
    advanceFeeStatementWanted: yesNo(row.advanceFeeStatementWanted), intermediateAdvance: yesNo(row.intermediateAdvance),
    intermediateAdvancePlanned: yesNo(row.intermediateAdvancePlanned),
    contractGuaranteeRequested: row.contractGuaranteeRequested, contractForm: row.contractForm ?? "",
    contractGuaranteeAmount: yen(row.contractGuaranteeAmount), contractFeePaymentMethod: row.contractFeePaymentMethod ?? "",
    contractFeeBillTo: text(row.contractFeeBillTo), contractFeeStatementWanted: yesNo(row.contractFeeStatementWanted),
    orderType: row.orderType ?? "", awardDate: date(row.awardDate), bidRounds: num(row.bidRounds),
    bidderCount: num(row.bidderCount), disqualifiedCount: num(row.disqualifiedCount), secondBidder: text(row.secondBidder),
    secondBidAmountThousand: yen(row.secondBidAmountThousand), highestBidder: text(row.highestBidder),
    highestBidAmountThousand: yen(row.highestBidAmountThousand),
    branchId: text(row.branchId), receiveMethod: row.receiveMethod ?? "", receiveDesiredDate: date(row.receiveDesiredDate),
    visitDate: date(row.visitDate), visitHour: num(row.visitHour), completionMailWanted: yesNo(row.completionMailWanted),
    notificationEmail: text(row.notificationEmail), shipToName: text(row.shipToName),
    shipToPostalCode: text(row.shipToPostalCode), shipToAddress: text(row.shipToAddress),
    contactDepartment: text(row.contactDepartment), contactTitle: text(row.contactTitle), contactName: text(row.contactName),
    contactPhone: text(row.contactPhone), customerMessage: text(row.customerMessage),
  };
}

/** A new application: empty, but 送付先 and 連絡先 filled from the company profile (お客様情報). */
export function newApplicationFormValues(company: ContractorCompany): TApplicationFormValues {
  return {
    ...EMPTY_APPLICATION_FORM,
    completionMailWanted: "YES",
    notificationEmail: company.email,
    advanceFeeBillTo: company.name,
    contractFeeBillTo: company.name,
    ...profileDefaults(company),
  };
}

/** The fields the インフォメーション section takes from お客様情報. */
export function profileDefaults(company: ContractorCompany) {
  return {
    shipToName: company.name,
    shipToPostalCode: company.postalCode,
    shipToAddress: company.address,
    contactDepartment: company.contactDepartment ?? "",
    contactTitle: company.contactTitle ?? "",
    contactName: company.contactName ?? "",
    contactPhone: company.contactPhone ?? "",
  };
}

