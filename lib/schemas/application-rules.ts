// What a sent application must hold beyond readable fields: required fields (some only when a
// guarantee is applied for, or for one 受取方法), and the rules between fields. Ordering-body
// rules read the limits and 電子保証対応 from the ordering body's data.
import type { z } from "zod/mini";
import type { Fraction } from "@/lib/domain/guarantee-ratio";
import { amountRuleBreak, amountRuleMessage, isTermInOrder, termOrderMessage } from "@/lib/domain/guarantee-rules";
import { compareYmd, type YMD } from "@/lib/domain/wareki";
import { APPLICATION_LABELS, fieldLabelInContext, type ApplicationField } from "@/lib/domain/application-labels";
import { applicationMessages as M } from "./application-messages";
import { readableFields } from "./readable-fields";
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
  // The day of sending, in Japan. At 発行 the stored application is checked again with null: the dates
  // measured against the day it was sent (落札日 not in the future, 受取希望日・来店予定日 not past) were
  // checked then, and a 来店予定日 that has passed by the day of issue is normal.
  today: YMD | null;
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
  if (data.contractAmount === null) return issues;
  // The same amount rules as 発行, 変更 and 訂正 (lib/domain/guarantee-rules.ts).
  const base = { contractAmount: data.contractAmount, fiscalYearAmount: data.advanceFiscalYearAmount };
  const amounts: [boolean, "ADVANCE" | "CONTRACT", "advanceAmount" | "contractGuaranteeAmount"][] = [
    [data.advanceRequested, "ADVANCE", "advanceAmount"],
    [data.contractGuaranteeRequested, "CONTRACT", "contractGuaranteeAmount"],
  ];
  for (const [requested, kind, field] of amounts) {
    const amount = data[field];
    const broken = requested && amount !== null ? amountRuleBreak(kind, amount, base, body) : null;
    if (broken) issues.push({ field, message: amountRuleMessage(broken, APPLICATION_LABELS[field]) });
  }
  return issues;
}

function crossFieldIssues(data: TApplicationData, today: YMD | null): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const push = (condition: boolean, field: ApplicationField, message: string) => condition && issues.push({ field, message });
  push(!data.advanceRequested && !data.contractGuaranteeRequested, "advanceRequested", M.noGuarantee);
  push(data.advanceRequested && data.advanceFiscalYearAmount !== null && data.contractAmount !== null && data.advanceFiscalYearAmount > data.contractAmount, "advanceFiscalYearAmount", M.fiscalYearOverContract);
  push(data.advanceRequested && data.intermediateAdvancePlanned === true && data.intermediateAdvance !== true, "intermediateAdvancePlanned", M.intermediatePlannedWithout);
  push(data.periodFrom !== null && data.periodTo !== null && !isTermInOrder(data.periodFrom, data.periodTo), "periodTo", termOrderMessage(APPLICATION_LABELS.periodTo, APPLICATION_LABELS.periodFrom));
  if (today) {
    push(data.awardDate !== null && compareYmd(data.awardDate, today) > 0, "awardDate", M.awardInFuture);
    push(data.receiveMethod === "MAIL" && data.receiveDesiredDate !== null && compareYmd(data.receiveDesiredDate, today) < 0, "receiveDesiredDate", M.notInPast(APPLICATION_LABELS.receiveDesiredDate));
    push(data.receiveMethod === "COUNTER" && data.visitDate !== null && compareYmd(data.visitDate, today) < 0, "visitDate", M.notInPast(APPLICATION_LABELS.visitDate));
  }
  push(data.disqualifiedCount !== null && data.bidderCount !== null && data.disqualifiedCount > data.bidderCount, "disqualifiedCount", M.disqualifiedOverBidders);
  return issues;
}

/** The ordering body and branch a form names must be ones of the lists (also for 一時保存: an unknown id
 * is a field error, not a foreign-key failure). */
export function referenceIssues(data: { orderingBodyId?: string | null; branchId?: string | null }, rules: Pick<ApplicationRuleContext, "orderingBodies" | "branchIds">): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (data.orderingBodyId && !rules.orderingBodies.some((b) => b.id === data.orderingBodyId)) issues.push({ field: "orderingBodyId", message: M.unknownOrderingBody });
  if (data.branchId && !rules.branchIds.includes(data.branchId)) issues.push({ field: "branchId", message: M.unknownBranch });
  return issues;
}

/** Every rule a sent application breaks (fields that already failed to read are not re-reported). */
export function submitRuleIssues(data: TApplicationData, rules: ApplicationRuleContext, alreadyFailed = new Set<string>()): RuleIssue[] {
  const issues = [...requiredIssues(data, alreadyFailed), ...crossFieldIssues(data, rules.today), ...referenceIssues(data, rules)];
  const body = rules.orderingBodies.find((b) => b.id === data.orderingBodyId);
  if (body) issues.push(...orderingBodyIssues(data, body));
  return issues.filter((issue) => !alreadyFailed.has(issue.field));
}

export function addSubmitRuleIssues(data: TApplicationData, rules: ApplicationRuleContext, ctx: z.core.$RefinementCtx<TApplicationData>) {
  const alreadyFailed = new Set(ctx.issues.map((issue) => String(issue.path?.[0])));
  const readable = readableFields(data, Object.keys(APPLICATION_LABELS), alreadyFailed);
  for (const issue of submitRuleIssues(readable, rules, alreadyFailed)) {
    ctx.addIssue({ code: "custom", path: [issue.field], message: issue.message });
  }
}
