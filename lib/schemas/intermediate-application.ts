// The 中間前払金保証 form: what the contractor adds to the contract of an issued 前払金保証 (the contract
// itself is copied from it). The browser and the use case parse the same raw values; the submit rules
// read the ordering body's fractions and rounding (lib/domain/intermediate-advance.ts).
import { z } from "zod/mini";
import "./japanese-errors";
import { CERTIFICATE_FORMS, FEE_PAYMENT_METHODS } from "@/lib/domain/enums";
import { INTERMEDIATE_LABELS as L, type IntermediateField } from "@/lib/domain/bond-labels";
import { certificationDateMessage, intermediateAmountMessage, type IntermediateEligibility, type IntermediateRules } from "@/lib/domain/intermediate-advance";
import type { YMD } from "@/lib/domain/wareki";
import { contactFieldSchemas, fieldReaders as R } from "./application";
import { applicationMessages as M } from "./application-messages";
import { readableFields } from "./readable-fields";

export const intermediateFieldSchemas = {
  intermediateAmount: R.yenAmount(L.intermediateAmount),
  certificationDate: R.date(L.certificationDate),
  certificationNumber: R.plainText(L.certificationNumber, 50),
  depositBank: R.fullWidthText(L.depositBank, 60),
  intermediateForm: R.choice(L.intermediateForm, CERTIFICATE_FORMS),
  intermediateFeePaymentMethod: R.choice(L.intermediateFeePaymentMethod, FEE_PAYMENT_METHODS),
  intermediateFeeBillTo: R.plainText(L.intermediateFeeBillTo, 100),
  intermediateFeeStatementWanted: R.yesNo(L.intermediateFeeStatementWanted),
  completionMailWanted: R.yesNo(L.completionMailWanted),
  notificationEmail: R.email,
  ...contactFieldSchemas,
} satisfies Record<IntermediateField, z.ZodMiniType>;

const INTERMEDIATE_FIELDS = Object.keys(intermediateFieldSchemas);

export const ZIntermediateDraft = z.object(intermediateFieldSchemas, { error: M.unreadable });
export type TIntermediateFormValues = z.input<typeof ZIntermediateDraft>;
export type TIntermediateData = z.output<typeof ZIntermediateDraft>;

const REQUIRED: IntermediateField[] = [
  "intermediateAmount", "certificationDate", "certificationNumber", "depositBank", "intermediateForm",
  "intermediateFeePaymentMethod", "intermediateFeeBillTo", "intermediateFeeStatementWanted", "completionMailWanted", "notificationEmail",
];
const CHOICES = new Set<IntermediateField>(["intermediateForm", "intermediateFeePaymentMethod", "intermediateFeeStatementWanted", "completionMailWanted"]);

/** What the rules need of the 前払金保証, its contract and its ordering body. */
export type IntermediateRuleContext = {
  eligibility: IntermediateEligibility;
  rules: IntermediateRules;
  orderingBody: { name: string; eGuaranteeEnabled: boolean };
  today: YMD | null; // null at 発行: the 認定日 was checked against the day it was sent
};

export function intermediateRuleIssues(d: TIntermediateData, ctx: IntermediateRuleContext, failed: Set<string>): { field: IntermediateField; message: string }[] {
  const issues: { field: IntermediateField; message: string }[] = [];
  for (const field of REQUIRED) {
    if (!failed.has(field) && (d[field] === null || d[field] === undefined)) issues.push({ field, message: CHOICES.has(field) ? M.choose(L[field]) : M.required(L[field]) });
  }
  if (d.intermediateAmount !== null) {
    const message = intermediateAmountMessage(d.intermediateAmount, ctx.eligibility, ctx.rules);
    if (message) issues.push({ field: "intermediateAmount", message });
  }
  if (d.certificationDate !== null) {
    const message = certificationDateMessage(d.certificationDate, ctx.eligibility, ctx.today);
    if (message) issues.push({ field: "certificationDate", message });
  }
  if (d.intermediateForm === "ELECTRONIC" && !ctx.orderingBody.eGuaranteeEnabled) issues.push({ field: "intermediateForm", message: M.eGuaranteeNotEnabled(ctx.orderingBody.name) });
  return issues.filter((issue) => !failed.has(issue.field));
}

/** 申込確認 and 送信 of a 中間前払金保証. */
export function makeZIntermediateSubmit(ctx: IntermediateRuleContext) {
  return ZIntermediateDraft.check(
    z.superRefine(
      (data, zctx) => {
        const failed = new Set(zctx.issues.map((issue) => String(issue.path?.[0])));
        for (const issue of intermediateRuleIssues(readableFields(data, INTERMEDIATE_FIELDS, failed), ctx, failed)) zctx.addIssue({ code: "custom", path: [issue.field], message: issue.message });
      },
      { when: (payload) => typeof payload.value === "object" && payload.value !== null },
    ),
  );
}
