// Forms of 保証料: 保証料計算 (the contractor's calculator), the administrators' rate-table draft, 入金確認 and
// 一括納付 (staff). The browser and the use cases parse with the same schemas.
import { z } from "zod/mini";
import "./japanese-errors";
import { addIssue, preprocess, reject } from "./preprocess";
import { FEE_KINDS, FEE_RECEIPT_METHODS, GUARANTEE_KINDS } from "@/lib/domain/enums";
import { BRACKET_MODES, PERIOD_MODES, rateUnitsOf, ROUNDING_DIRECTIONS, type FeeRules } from "@/lib/domain/fee-calculation";
import { parseYenAmount } from "@/lib/domain/yen";
import { withoutNul } from "@/lib/domain/without-nul";
import { checkbox } from "./fields";
import { date, yen } from "./guarantee-amendment";

/** 1円以上 as typed (full-width and separators forgiven), for amounts that must be positive. */
const positiveYen = (label: string) =>
  z.pipe(
    z.string(),
    z.transform((raw: string, ctx) => {
      const parsed = parseYenAmount(raw);
      if (parsed.ok) return parsed.value;
      return reject(ctx, parsed.problem === "too-large" ? `${label}は1兆円未満で入力してください。` : `${label}を1円以上の整数（円単位）で入力してください。`);
    }),
  );

/** 0円 allowed (最低保証料 0 means none). */
const yenOrZero = (label: string) =>
  z.pipe(
    z.string(),
    z.transform((raw: string, ctx) => {
      if (raw.normalize("NFKC").trim() === "0" || raw.normalize("NFKC").trim() === "0円") return 0n;
      const parsed = parseYenAmount(raw);
      if (parsed.ok) return parsed.value;
      return reject(ctx, `${label}を0円以上の整数（円単位）で入力してください。`);
    }),
  );

const percent = (label: string) =>
  z.pipe(
    z.string().check(z.refine((raw) => rateUnitsOf(raw) !== null, `${label}は0〜100の数（小数点以下4桁まで）で入力してください。`)),
    z.transform((raw: string) => raw.normalize("NFKC").trim().replace(/%$/, "").trim()),
  );

// ── 保証料計算 ──

export const ZFeeQuote = z
  .object({
    kind: z.enum(GUARANTEE_KINDS, { error: "保証種類を選んでください。" }),
    contractAmount: positiveYen("請負金額"),
    amount: positiveYen("保証金額"),
    termFrom: date("保証期間の開始日"),
    termTo: date("保証期間の終了日"),
  })
  .check(
    z.superRefine((v, ctx) => {
      if (v.amount > v.contractAmount) ctx.addIssue({ code: "custom", path: ["amount"], message: "保証金額は請負金額以下で入力してください。" });
      if (v.termTo.getTime() <= v.termFrom.getTime()) ctx.addIssue({ code: "custom", path: ["termTo"], message: "保証期間の終了日は開始日より後の日付を入力してください。" });
    }),
  );
export type TFeeQuote = z.infer<typeof ZFeeQuote>;

// ── 料率表 (draft) ──

/** Rows of brackets the form offers; empty rows are left out. */
export const FEE_BRACKET_ROWS = 6;
export const bracketField = (index: number, part: "UpTo" | "Rate") => `bracket${index}${part}`;

const bracketShape = Object.fromEntries(
  Array.from({ length: FEE_BRACKET_ROWS }, (_, i) => [
    [bracketField(i, "UpTo"), preprocess(withoutNul, z._default(z.string().check(z.trim()), ""))],
    [bracketField(i, "Rate"), preprocess(withoutNul, z._default(z.string().check(z.trim()), ""))],
  ]).flat(),
) as Record<string, z.ZodMiniType<string, unknown>>;

export const ZFeeRateTable = z.pipe(
  z.object({
    kind: z.enum(FEE_KINDS, { error: "料率表の種類を選んでください。" }),
    effectiveFrom: date("適用開始日"),
    note: preprocess(withoutNul, z._default(z.string().check(z.trim(), z.maxLength(200, "備考は200文字以内で入力してください。")), "")),
    bracketMode: z.enum(BRACKET_MODES, { error: "料率の適用方法を選んでください。" }),
    periodMode: z.enum(PERIOD_MODES, { error: "期間係数を選んでください。" }),
    minimumFee: yenOrZero("最低保証料"),
    roundingUnit: positiveYen("端数処理の単位"),
    roundingDirection: z.enum(ROUNDING_DIRECTIONS, { error: "端数処理の方法を選んでください。" }),
    refundSharePercent: percent("返還割合"),
    refundMinimumRetained: yenOrZero("返還しない最低額"),
    taxPercent: percent("消費税率"),
    ...bracketShape,
  }),
  z.transform((v, ctx) => {
    const brackets: FeeRules["brackets"] = [];
    for (let i = 0; i < FEE_BRACKET_ROWS; i++) {
      const upTo = (v as unknown as Record<string, string>)[bracketField(i, "UpTo")] ?? "";
      const rate = (v as unknown as Record<string, string>)[bracketField(i, "Rate")] ?? "";
      if (upTo === "" && rate === "") continue;
      if (rateUnitsOf(rate) === null) addIssue(ctx, "料率は0〜100の数（小数点以下4桁まで）で入力してください。", [bracketField(i, "Rate")]);
      let top: bigint | null = null;
      if (upTo !== "") {
        const parsed = parseYenAmount(upTo);
        if (parsed.ok) top = parsed.value;
        else addIssue(ctx, "上限額を1円以上の整数（円単位）で入力してください。空欄は上限なしです。", [bracketField(i, "UpTo")]);
      }
      brackets.push({ upTo: top, ratePercent: rate.normalize("NFKC").replace(/%$/, "").trim() });
    }
    if (brackets.length === 0) addIssue(ctx, "料率の区分を1つ以上入力してください。", [bracketField(0, "Rate")]);
    const rules: FeeRules = {
      bracketMode: v.bracketMode,
      brackets,
      periodMode: v.periodMode,
      minimumFee: v.minimumFee,
      rounding: { unit: v.roundingUnit, direction: v.roundingDirection },
      refund: { sharePercent: v.refundSharePercent, minimumRetained: v.refundMinimumRetained },
      taxPercent: v.taxPercent,
    };
    return { kind: v.kind, effectiveFrom: v.effectiveFrom, note: v.note || null, rules };
  }),
);
export type TFeeRateTable = z.output<typeof ZFeeRateTable>;

/** feeRulesProblems' field names (brackets.2.upTo) as the form's (bracket2UpTo). */
export function rateTableFieldOf(problemField: string): string {
  const m = /^brackets\.(\d+)\.(upTo|ratePercent)$/.exec(problemField);
  if (m) return bracketField(Number(m[1]), m[2] === "upTo" ? "UpTo" : "Rate");
  if (problemField === "brackets") return bracketField(0, "Rate");
  return ({ "rounding.unit": "roundingUnit", "refund.sharePercent": "refundSharePercent", "refund.minimumRetained": "refundMinimumRetained" } as Record<string, string>)[problemField] ?? problemField;
}

// ── 入金確認 and 一括納付 (staff) ──

export const ZFeePayment = z.object({
  kind: z.enum(GUARANTEE_KINDS, { error: "保証種類を選んでください。" }),
  receivedOn: date("入金日"),
  amount: yen("入金額"),
  method: z.enum(FEE_RECEIPT_METHODS, { error: "入金方法を選んでください。" }),
});
export type TFeePayment = z.infer<typeof ZFeePayment>;

export const ZLumpSumBilling = z.object({ lumpSumBilling: checkbox });

export const ZMonthlyPaid = z.object({ paidOn: date("入金日") });

// ── 保証料計算書一覧 (search) ──
export const FEE_STATEMENT_SEARCH_FIELDS = ["contractNumber", "from", "to", "kind"] as const;
