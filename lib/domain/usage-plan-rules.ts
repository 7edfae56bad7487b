// The rules of a 前払金使途内訳明細書 (docs/DOMAIN.md): every line uses at most its 全所要金額, only the
// items the work, the guarantee and the ordering body permit (usage-categories.ts), the 25% item at
// most 25% of the 前払金額, and — to be sent — Σ 前払金使用金額 equals the guarantee amount exactly.
// A 使途変更 keeps that total. Amounts are whole yen in bigint and compared in integers.
import type { PayeeKind, PayoutMethod } from "./enums";
import { isWithinLimit, maxAmountWithin } from "./guarantee-ratio";
import { OVERHEAD_LIMIT, isOverheadCategory, usageCategoriesFor, usageCategoryLabel, type CategoryContext } from "./usage-categories";
import { NO_PAYEE, UNSETTLED_PAYEE } from "./usage-plan-labels";
import type { YearMonth } from "./month-input";
import { formatYen } from "./yen";

export type UsagePlanLineValues = {
  category: string;
  detail: string | null;
  quantity: string;
  totalAmount: bigint;
  advanceAmount: bigint;
  payoutMethod: PayoutMethod;
  scheduledMonth: YearMonth;
  payeeKind: PayeeKind | null;
  payee: string | null; // null = 未定 (「-」 for the 25% item)
};

export type UsagePlanTotals = { totalAmount: bigint; advanceAmount: bigint; overheadAmount: bigint; remaining: bigint };

/** 合計: Σ 全所要金額, Σ 前払金使用金額, the 25% item's share, and what is still to be allotted. */
export function usagePlanTotals(lines: readonly Pick<UsagePlanLineValues, "category" | "totalAmount" | "advanceAmount">[], guaranteeAmount: bigint): UsagePlanTotals {
  let totalAmount = 0n;
  let advanceAmount = 0n;
  let overheadAmount = 0n;
  for (const line of lines) {
    totalAmount += line.totalAmount;
    advanceAmount += line.advanceAmount;
    if (isOverheadCategory(line.category)) overheadAmount += line.advanceAmount;
  }
  return { totalAmount, advanceAmount, overheadAmount, remaining: guaranteeAmount - advanceAmount };
}

export type UsagePlanContext = CategoryContext & { guaranteeAmount: bigint };

/** The largest amount the 現場管理費等 item may take. */
export const overheadMaximum = (guaranteeAmount: bigint) => maxAmountWithin(guaranteeAmount, OVERHEAD_LIMIT);

export const usagePlanMessages = {
  noLines: "前払金を使用する項目を1行以上入力してください。",
  overTotal: "前払金使用金額は全所要金額以内で入力してください。",
  notPermitted: (label: string) => `「${label}」はこの保証の明細書には使用できません。`,
  overheadNotAllowed: "現場管理費・一般管理費等は、発注者が認めている前払金保証（中間前払金を除く）にのみ計上できます。",
  overheadOver: (max: bigint) => `現場管理費・一般管理費等は前払金額の25%（${formatYen(max)}）以内で入力してください。`,
  totalMismatch: (sum: bigint, amount: bigint) =>
    sum < amount
      ? `前払金使用金額の合計（${formatYen(sum)}）が前払金額（${formatYen(amount)}）に${formatYen(amount - sum)}足りません。合計を前払金額と同じにしてください。`
      : `前払金使用金額の合計（${formatYen(sum)}）が前払金額（${formatYen(amount)}）を${formatYen(sum - amount)}超えています。合計を前払金額と同じにしてください。`,
  changeTotal: (amount: bigint) => `使途変更では前払金使用金額の合計（${formatYen(amount)}）は変えられません。行の間で金額を移してください。`,
};

/**
 * Field errors of a 明細書 ("lines.<i>.<field>", and "total" for the sum), empty when it holds.
 * `complete` adds the rule of a sent 明細書: the sum equals the 前払金額 (a draft may be unfinished).
 */
export function usagePlanErrors(lines: readonly UsagePlanLineValues[], context: UsagePlanContext, options: { complete: boolean }): Record<string, string> {
  const errors: Record<string, string> = {};
  if (lines.length === 0) errors.total = usagePlanMessages.noLines;
  const permitted = new Set(usageCategoriesFor(context).map((c) => c.code));
  lines.forEach((line, index) => {
    const at = (field: string) => `lines.${index}.${field}`;
    if (isOverheadCategory(line.category) && !permitted.has(line.category)) errors[at("category")] = usagePlanMessages.overheadNotAllowed;
    else if (!permitted.has(line.category)) errors[at("category")] = usagePlanMessages.notPermitted(usageCategoryLabel(line.category));
    if (line.advanceAmount > line.totalAmount) errors[at("advanceAmount")] = usagePlanMessages.overTotal;
  });
  const totals = usagePlanTotals(lines, context.guaranteeAmount);
  if (totals.overheadAmount > 0n && !isWithinLimit(totals.overheadAmount, context.guaranteeAmount, OVERHEAD_LIMIT)) {
    const first = lines.findIndex((l) => isOverheadCategory(l.category));
    errors[`lines.${first}.advanceAmount`] ??= usagePlanMessages.overheadOver(overheadMaximum(context.guaranteeAmount));
  }
  if (options.complete && lines.length > 0 && totals.advanceAmount !== context.guaranteeAmount) {
    errors.total = usagePlanMessages.totalMismatch(totals.advanceAmount, context.guaranteeAmount);
  }
  return errors;
}

/** 支払先 as printed: the name, 未定, or 「-」 for the 現場管理費等 item. */
export function payeeText(line: Pick<UsagePlanLineValues, "category" | "payee">): string {
  if (isOverheadCategory(line.category)) return NO_PAYEE;
  return line.payee ?? UNSETTLED_PAYEE;
}

/** A line the 預託金払出依頼書 may draw on: its 支払先 is settled (the 現場管理費等 item needs none). */
export const isPayeeSettled = (line: Pick<UsagePlanLineValues, "category" | "payee">) => isOverheadCategory(line.category) || line.payee !== null;
