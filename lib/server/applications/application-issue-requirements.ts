// What an application must hold before its guarantees can be issued: every rule a sent application
// obeys (lib/schemas/application-rules.ts, the amount and term rules of lib/domain/guarantee-rules.ts),
// applied again to what is stored. A sent application was checked by the form's schema, but staff act
// on the stored row (which a script, a migration or an older release may have written), so the issue
// re-reads it with the same schema and names in Japanese what is missing or breaks a rule, instead of
// issuing it or failing on a NOT NULL column.
import type { Application, CertificateForm, GuaranteeKind, OrderingBody } from "@/lib/db/client";
import { fieldLabelInContext, type ApplicationField } from "@/lib/domain/application-labels";
import { AppError } from "@/lib/errors";
import { makeZApplicationSubmit } from "@/lib/schemas/application";
import { requiredFields } from "@/lib/schemas/application-rules";
import { toApplicationFormValues } from "./application-record";
import { orderingBodyRuleOf } from "./application-rule-context";

export type RequestedGuarantee = {
  kind: GuaranteeKind;
  form: CertificateForm;
  amount: bigint;
  depositBank: string | null;
  /** 保証期間 when it is not the 工期: a 中間前払金保証 takes its 前払金保証's, a 予約 runs to its 有効期限. */
  term?: { from: Date; to: Date };
  /** 請負金額 of the guarantee when it is not the application's (a 予約: the 入札予定金額). */
  contractAmount?: bigint;
  /** 中間前払金保証: the 前払金保証 it follows. */
  parent?: { id: string; contractNumber: string };
  /** 契約保証予約: what its 予約証書 states beside the bid. */
  bid?: { noticeNumber: string | null; date: string };
};

export type IssuableApplication = Application & { orderingBody: OrderingBody | null };

const RETURN_HINT = "差戻しでお客様に修正を依頼してください。";

export function requestedGuarantees(app: IssuableApplication): RequestedGuarantee[] {
  // The rules read the application's own ordering body and branch (whether they are still active is
  // the issue's own check); the dates measured against the day of sending are not re-checked (today: null).
  const schema = makeZApplicationSubmit({
    orderingBodies: app.orderingBody ? [orderingBodyRuleOf(app.orderingBody)] : [],
    branchIds: app.branchId ? [app.branchId] : [],
    today: null,
  });
  const parsed = schema.safeParse(toApplicationFormValues(app));
  if (!parsed.success) {
    const required = new Set<string>(requiredFields(app));
    const stored = app as unknown as Record<string, unknown>;
    const missing: string[] = [];
    const broken: string[] = [];
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0]) as ApplicationField;
      const empty = stored[field] === null || stored[field] === undefined || stored[field] === "";
      if (required.has(field) && empty) missing.push(fieldLabelInContext(field));
      else broken.push(issue.message);
    }
    if (missing.length > 0) {
      throw new AppError("VALIDATION", `申込内容に不足があるため発行できません（${[...new Set(missing)].join("、")}）。${RETURN_HINT}`);
    }
    throw new AppError("VALIDATION", `申込内容が申込の条件を満たしていないため発行できません。${[...new Set(broken)].join("")}${RETURN_HINT}`);
  }
  const wanted: RequestedGuarantee[] = [];
  if (app.advanceRequested) {
    wanted.push({ kind: "ADVANCE", form: app.advanceForm!, amount: app.advanceAmount!, depositBank: app.depositBank });
  }
  if (app.contractGuaranteeRequested) {
    wanted.push({ kind: "CONTRACT", form: app.contractForm!, amount: app.contractGuaranteeAmount!, depositBank: null });
  }
  return wanted;
}
