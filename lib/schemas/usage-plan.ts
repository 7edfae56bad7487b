// 前払金使途内訳明細書 form: 工事の種類, the lines, and (使途変更) the reason. Values arrive as the inputs
// hold them (strings); the browser and the use case parse them with this schema. The rules that need
// the guarantee (its amount, kind and ordering body) are lib/domain/usage-plan-rules.ts, applied by the
// use case and shown live by the form.
import { z } from "zod/mini";
import "./japanese-errors";
import { preprocess, reject } from "./preprocess";
import { PAYEE_KINDS, PAYOUT_METHODS, USAGE_WORK_TYPES } from "@/lib/domain/enums";
import { parseMonthInput } from "@/lib/domain/month-input";
import { isOverheadCategory, usageCategory } from "@/lib/domain/usage-categories";
import { UNSETTLED_PAYEE } from "@/lib/domain/usage-plan-labels";
import type { UsagePlanLineValues } from "@/lib/domain/usage-plan-rules";
import { optionalText, requiredText, requiredYen } from "./fields";

export const MAX_USAGE_LINES = 50;

const month = preprocess(
  (v) => (typeof v === "string" ? v : ""),
  z.pipe(
    z.string(),
    z.transform((raw: string, ctx) => {
      const parsed = parseMonthInput(raw);
      if (parsed.ok) return parsed.value;
      return reject(ctx, raw.trim() === "" ? "払出予定（年月）を入力してください。" : "払出予定は「202601」または「2026/01」の形式で入力してください。");
    }),
  ),
);

/** 支払先: empty or 「未定」 is 未定 (null), settled later by a 使途変更. */
const payee = preprocess(
  (v) => {
    const text = typeof v === "string" ? v.trim() : "";
    return text === "" || text === UNSETTLED_PAYEE || text === "-" ? null : text;
  },
  z.nullable(z.string().check(z.maxLength(100, "支払先は100文字以内で入力してください。"))),
);

export const ZUsagePlanLine = z.pipe(
  z.object({
    itemId: z.optional(z.string().check(z.maxLength(64))),
    category: z
      .string({ error: "前払金を使用する項目を選択してください。" })
      .check(z.refine((code) => usageCategory(code) !== undefined, "前払金を使用する項目を選択してください。")),
    detail: optionalText("内容", 100),
    quantity: requiredText("全所要数量", 20),
    totalAmount: requiredYen("全所要金額"),
    advanceAmount: requiredYen("前払金使用金額"),
    payoutMethod: z.enum(PAYOUT_METHODS, { error: "払出方法を選択してください。" }),
    scheduledMonth: month,
    payeeKind: preprocess((v) => (v === "" || v === undefined ? null : v), z.nullable(z.enum(PAYEE_KINDS, { error: "支払先の区分を選択してください。" }))),
    payee,
  }),
  // The 現場管理費等 item has no payee (「-」).
  z.transform((line) => (isOverheadCategory(line.category) ? { ...line, payee: null, payeeKind: null } : line)),
);

export const ZUsagePlanForm = z.object({
  workType: z.enum(USAGE_WORK_TYPES, { error: "工事の種類を選択してください。" }),
  changeReason: optionalText("変更理由", 500),
  lines: z.array(ZUsagePlanLine, { error: "前払金を使用する項目を1行以上入力してください。" }).check(z.maxLength(MAX_USAGE_LINES, `行は${MAX_USAGE_LINES}行までです。`)),
});

export type TUsagePlanForm = z.output<typeof ZUsagePlanForm>;
export type TUsagePlanLine = z.output<typeof ZUsagePlanLine>;
export type TUsagePlanFormValues = z.input<typeof ZUsagePlanForm>;

export const lineValues = (line: TUsagePlanLine): UsagePlanLineValues => ({
  category: line.category,
  detail: line.detail,
  quantity: line.quantity,
  totalAmount: line.totalAmount,
  advanceAmount: line.advanceAmount,
  payoutMethod: line.payoutMethod,
  scheduledMonth: line.scheduledMonth,
  payeeKind: line.payeeKind,
  payee: line.payee,
});

/** 差戻し of a 明細書: the message to the contractor. */
export const ZReturnUsagePlan = z.object({ message: requiredText("差戻しの理由", 1000) });

/**
 * What the form was opened on: the open version and its revision (editing it), or none and the
 * approved version it starts from (a new 当初 明細書 or 使途変更). A save over a newer save, or a second
 * 使途変更 started meanwhile, is refused rather than overwriting it.
 */
export const ZUsagePlanBasis = z.object({
  versionId: z._default(z.string().check(z.maxLength(64)), ""),
  revision: z._default(z.coerce.number().check(z.int(), z.gte(0)), 0),
  basedOn: z._default(z.string().check(z.maxLength(64)), ""),
});
export type TUsagePlanBasis = z.output<typeof ZUsagePlanBasis>;
