// The rules every guarantee amount and 保証期間 obey, wherever an amount or a term is set: 申込確認 and
// 送信 (lib/schemas/application-rules.ts), 発行 (the same rules re-read on what is stored), 変更
// (増額・減額・保証期限変更) and 訂正. One source, pure, so the four cannot drift apart again.
//
// - 前払金保証: amount ≤ the ordering body's limit (e.g. 4/10) of 今年度対象額 when given, else of 請負金額.
// - 契約保証: amount ≤ 請負金額 and ≥ the ordering body's minimum (e.g. 1/10) of 請負金額.
// - 中間前払金保証: amount ≤ 請負金額 here; its own limits (2/10, 前払金 + 中間 ≤ 6/10, rounding) are data of
//   the ordering body, checked at 申込 and 発行 by lib/domain/intermediate-advance.ts.
// - 契約保証予約: the reserved 契約保証金額 ≤ the 入札予定金額 (held as the guarantee's 請負金額); its minimum
//   share is lib/domain/bid-bond.ts.
// - every amount is at least 1円; the end of a term (完成日, 保証期限) is strictly after its start.
import type { GuaranteeKind } from "./enums";
import { formatFraction, isWithinLimit, maxAmountWithin, meetsMinimum, minAmountMeeting, type Fraction } from "./guarantee-ratio";
import { compareYmd, ymdOfDate, type YMD } from "./wareki";
import { formatYen } from "./yen";

/** The ordering body's data the amount rules read (発注者マスタ). */
export type OrderingBodyLimits = { advanceLimit: Fraction; contractMinimum: Fraction };

/** What an amount is measured against: 請負金額, and 今年度対象額 when the work spans fiscal years. */
export type AmountBase = { contractAmount: bigint; fiscalYearAmount: bigint | null };

export type AmountRuleBreak =
  | { rule: "positive" }
  | { rule: "advance-limit"; base: "請負金額" | "今年度対象額"; limit: Fraction; max: bigint }
  | { rule: "contract-amount"; max: bigint }
  | { rule: "contract-minimum"; minimum: Fraction; min: bigint };

/** The rule a guarantee amount of this kind breaks, or null when it keeps every rule. */
export function amountRuleBreak(kind: GuaranteeKind, amount: bigint, base: AmountBase, limits: OrderingBodyLimits): AmountRuleBreak | null {
  if (amount <= 0n) return { rule: "positive" };
  switch (kind) {
    case "ADVANCE": {
      const measured = base.fiscalYearAmount ?? base.contractAmount;
      if (isWithinLimit(amount, measured, limits.advanceLimit)) return null;
      return {
        rule: "advance-limit",
        base: base.fiscalYearAmount === null ? "請負金額" : "今年度対象額",
        limit: limits.advanceLimit,
        max: maxAmountWithin(measured, limits.advanceLimit),
      };
    }
    case "CONTRACT":
      if (amount > base.contractAmount) return { rule: "contract-amount", max: base.contractAmount };
      if (meetsMinimum(amount, base.contractAmount, limits.contractMinimum)) return null;
      return { rule: "contract-minimum", minimum: limits.contractMinimum, min: minAmountMeeting(base.contractAmount, limits.contractMinimum) };
    case "INTERMEDIATE":
    case "BID_BOND_RESERVATION":
      return amount > base.contractAmount ? { rule: "contract-amount", max: base.contractAmount } : null;
  }
}

/** The rule in words, with its number: 「請負金額の4/10（20,000,000円）以内」. */
export function amountRuleText(broken: AmountRuleBreak): string {
  switch (broken.rule) {
    case "positive":
      return "1円以上";
    case "advance-limit":
      return `${broken.base}の${formatFraction(broken.limit)}（${formatYen(broken.max)}）以内`;
    case "contract-amount":
      return "請負金額以下";
    case "contract-minimum":
      return `請負金額の${formatFraction(broken.minimum)}（${formatYen(broken.min)}）以上`;
  }
}

/** An amount the user typed: 「前払金保証金額は請負金額の4/10（20,000,000円）以内で入力してください。」 */
export const amountRuleMessage = (broken: AmountRuleBreak, label: string) => `${label}は${amountRuleText(broken)}で入力してください。`;

/** An amount that results from a change: 「増額後の保証金額（21,000,000円）は請負金額の4/10（20,000,000円）以内でなければなりません。」 */
export const changedAmountRuleMessage = (broken: AmountRuleBreak, subject: string, amount: bigint) =>
  `${subject}（${formatYen(amount)}）は${amountRuleText(broken)}でなければなりません。`;

const ymd = (value: YMD | Date) => (value instanceof Date ? ymdOfDate(value) : value);

/** 工期 and 保証期間: the end is strictly after the start (a term of one day, start = end, is refused). */
export const isTermInOrder = (start: YMD | Date, end: YMD | Date) => compareYmd(ymd(end), ymd(start)) > 0;

/** 「完成日は着工日より後の日付を入力してください。」 */
export const termOrderMessage = (endLabel: string, startLabel: string) => `${endLabel}は${startLabel}より後の日付を入力してください。`;
