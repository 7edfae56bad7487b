// What a sent application must hold beyond readable fields: required fields (some only when a
// guarantee is applied for, or for one 受取方法), and the rules between fields. Ordering-body
// rules read the limits and 電子保証対応 from the ordering body's data.
import type { z } from "zod";
import { isWithinLimit, maxAmountWithin, meetsMinimum, minAmountMeeting, formatFraction, type Fraction } from "@/lib/domain/guarantee-ratio";
import { compareYmd, type YMD } from "@/lib/domain/wareki";
import { formatYen } from "@/lib/domain/yen";
import { APPLICATION_LABELS, fieldLabelInContext, type ApplicationField } from "@/lib/domain/application-labels";
import { applicationMessages as M } from "./application-messages";
import type { TApplicationData } from "./application";

export type OrderingBodyRule = {
  id: string;
  name: string;
  eGuaranteeEnabled: boolean;
  advanceLimit: Fraction; // 前払金保証金額 ≤ this share of 請負金額 (or 今年度対象額)
  contractMinimum: Fraction; // 契約保証金額 ≥ this share of 請負金額
};

export type ApplicationRuleContext = {
  orderingBodies: OrderingBodyRule[];
  branchIds: string[];
  today: YMD; // in Japan
};

export type RuleIssue = { field: ApplicationField; message: string };

// Choice fields say 選択してください, text fields 入力してください.
const CHOICE_FIELDS = new Set<ApplicationField>([
  "orderingBodyId", "advanceForm", "redeposit", "advanceFeePaymentMethod", "advanceFeeStatementWanted",
  "contractForm", "contractFeePaymentMethod", "contractFeeStatementWanted", "orderType", "branchId",
  "receiveMethod", "visitHour", "completionMailWanted",
]);

const ALWAYS_REQUIRED: ApplicationField[] = [
  "orderingBodyId", "projectName", "projectLocation", "contractAmount", "periodFrom", "periodTo", "contractDate",
  "orderType", "awardDate", "branchId", "receiveMethod", "completionMailWanted", "notificationEmail",
];
const ADVANCE_REQUIRED: ApplicationField[] = [
  "advanceForm", "advanceAmount", "depositBank", "redeposit", "advanceFeePaymentMethod", "advanceFeeBillTo", "advanceFeeStatementWanted",
];
const CONTRACT_REQUIRED: ApplicationField[] = [
  "contractForm", "contractGuaranteeAmount", "contractFeePaymentMethod", "contractFeeBillTo", "contractFeeStatementWanted",
];
const MAIL_REQUIRED: ApplicationField[] = ["shipToName", "shipToPostalCode", "shipToAddress"];
const COUNTER_REQUIRED: ApplicationField[] = ["visitDate", "visitHour"];

/** The fields a sent application must hold, given what was chosen. */
export function requiredFields(data: Pick<TApplicationData, "advanceRequested" | "contractGuaranteeRequested" | "receiveMethod">): ApplicationField[] {
  return [
    ...ALWAYS_REQUIRED,
    ...(data.advanceRequested ? ADVANCE_REQUIRED : []),
    ...(data.contractGuaranteeRequested ? CONTRACT_REQUIRED : []),
    ...(data.receiveMethod === "MAIL" ? MAIL_REQUIRED : []),
    ...(data.receiveMethod === "COUNTER" ? COUNTER_REQUIRED : []),
  ];
}

function requiredIssues(data: TApplicationData, alreadyFailed: Set<string>): RuleIssue[] {
  return requiredFields(data)
    .filter((field) => !alreadyFailed.has(field) && (data[field] === null || data[field] === undefined))
    .map((field) => ({
      field,
      message: CHOICE_FIELDS.has(field) ? M.choose(fieldLabelInContext(field)) : M.required(fieldLabelInContext(field)),
    }));
}

function orderingBodyIssues(data: TApplicationData, body: OrderingBodyRule): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (data.advanceRequested && data.advanceForm === "ELECTRONIC" && !body.eGuaranteeEnabled) {
    issues.push({ field: "advanceForm", message: M.eGuaranteeNotEnabled(body.name) });
  }
  if (data.contractGuaranteeRequested && data.contractForm === "ELECTRONIC" && !body.eGuaranteeEnabled) {
    issues.push({ field: "contractForm", message: M.eGuaranteeNotEnabled(body.name) });
  }
  const contract = data.contractAmount;
  if (contract === null) return issues;
  if (data.advanceRequested && data.advanceAmount !== null) {
    // The limit applies to 今年度対象額 when the work spans fiscal years and it is given.
    const base = data.advanceFiscalYearAmount ?? contract;
    if (!isWithinLimit(data.advanceAmount, base, body.advanceLimit)) {
      const baseLabel = data.advanceFiscalYearAmount === null ? APPLICATION_LABELS.contractAmount : APPLICATION_LABELS.advanceFiscalYearAmount;
      issues.push({
        field: "advanceAmount",
        message: M.advanceOverLimit(baseLabel, formatFraction(body.advanceLimit), formatYen(maxAmountWithin(base, body.advanceLimit))),
      });
    }
  }
  if (data.contractGuaranteeRequested && data.contractGuaranteeAmount !== null) {
    if (data.contractGuaranteeAmount > contract) {
      issues.push({ field: "contractGuaranteeAmount", message: M.contractOverAmount });
    } else if (!meetsMinimum(data.contractGuaranteeAmount, contract, body.contractMinimum)) {
      issues.push({
        field: "contractGuaranteeAmount",
        message: M.contractUnderMinimum(formatFraction(body.contractMinimum), formatYen(minAmountMeeting(contract, body.contractMinimum))),
      });
    }
  }
  return issues;
}

function crossFieldIssues(data: TApplicationData, today: YMD): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const push = (condition: boolean, field: ApplicationField, message: string) => condition && issues.push({ field, message });
  push(!data.advanceRequested && !data.contractGuaranteeRequested, "advanceRequested", M.noGuarantee);
  push(data.advanceRequested && data.advanceFiscalYearAmount !== null && data.contractAmount !== null && data.advanceFiscalYearAmount > data.contractAmount, "advanceFiscalYearAmount", M.fiscalYearOverContract);
  push(data.advanceRequested && data.intermediateAdvancePlanned === true && data.intermediateAdvance !== true, "intermediateAdvancePlanned", M.intermediatePlannedWithout);
  push(data.periodFrom !== null && data.periodTo !== null && compareYmd(data.periodTo, data.periodFrom) <= 0, "periodTo", M.periodOrder);
  push(data.awardDate !== null && compareYmd(data.awardDate, today) > 0, "awardDate", M.awardInFuture);
  push(data.receiveMethod === "MAIL" && data.receiveDesiredDate !== null && compareYmd(data.receiveDesiredDate, today) < 0, "receiveDesiredDate", M.notInPast(APPLICATION_LABELS.receiveDesiredDate));
  push(data.receiveMethod === "COUNTER" && data.visitDate !== null && compareYmd(data.visitDate, today) < 0, "visitDate", M.notInPast(APPLICATION_LABELS.visitDate));
  push(data.disqualifiedCount !== null && data.bidderCount !== null && data.disqualifiedCount > data.bidderCount, "disqualifiedCount", M.disqualifiedOverBidders);
  return issues;
}

/** Every rule a sent application breaks (fields that already failed to read are not re-reported). */
export function submitRuleIssues(data: TApplicationData, rules: ApplicationRuleContext, alreadyFailed = new Set<string>()): RuleIssue[] {
  const issues = [...requiredIssues(data, alreadyFailed), ...crossFieldIssues(data, rules.today)];
  if (data.orderingBodyId !== null && data.orderingBodyId !== undefined) {
    const body = rules.orderingBodies.find((b) => b.id === data.orderingBodyId);
    if (body) issues.push(...orderingBodyIssues(data, body));
    else issues.push({ field: "orderingBodyId", message: M.unknownOrderingBody });
  }
  if (data.branchId && !rules.branchIds.includes(data.branchId)) issues.push({ field: "branchId", message: M.unknownBranch });
  return issues.filter((issue) => !alreadyFailed.has(issue.field));
}

export function addSubmitRuleIssues(data: TApplicationData, rules: ApplicationRuleContext, ctx: z.RefinementCtx<TApplicationData>) {
  const alreadyFailed = new Set(ctx.issues.map((issue) => String(issue.path?.[0])));
  // A field that failed to read holds no usable value: the rules must see it as empty.
  const values = data as Partial<Record<ApplicationField, unknown>>;
  const readable = Object.fromEntries(
    (Object.keys(APPLICATION_LABELS) as ApplicationField[]).map((field) => [field, alreadyFailed.has(field) ? null : (values[field] ?? null)]),
  ) as TApplicationData;
  for (const issue of submitRuleIssues(readable, rules, alreadyFailed)) {
    ctx.addIssue({ code: "custom", path: [issue.field], message: issue.message });
  }
}
