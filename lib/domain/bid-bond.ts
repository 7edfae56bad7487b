// 契約保証予約（入札ボンド）: the 契約保証金額 the ordering body asks for (its share of the 入札予定金額, e.g.
// 5/100 or 1/10: 発注者マスタ), how long a 予約証書 is valid (the 入札日 plus the body's days, default 30) and
// the 状態 of a reservation: 有効, 期限切れ, 取消, 契約保証へ移行済 (a 保証申込 was made from it, once).
import { minAmountMeeting, formatFraction, type Fraction } from "./guarantee-ratio";
import { addDays } from "./intermediate-advance";
import { compareYmd, type YMD } from "./wareki";
import { formatYen } from "./yen";

export type BidBondRules = { bondShare: Fraction; validityDays: number };

export const DEFAULT_BID_BOND_RULES: BidBondRules = { bondShare: { numerator: 5, denominator: 100 }, validityDays: 30 };

/** The smallest 契約保証金額 the body accepts for this bid (rounded up to the yen). */
export const requiredBondAmount = (bidAmount: bigint, rules: BidBondRules) => minAmountMeeting(bidAmount, rules.bondShare);

/** 「契約保証金額は入札予定金額の5/100（2,500,000円）以上としてください。」, or null. */
export function reservedAmountMessage(amount: bigint, bidAmount: bigint, rules: BidBondRules): string | null {
  if (amount > bidAmount) return "契約保証金額は入札予定金額以下としてください。";
  const min = requiredBondAmount(bidAmount, rules);
  return amount < min ? `契約保証金額は入札予定金額の${formatFraction(rules.bondShare)}（${formatYen(min)}）以上としてください。` : null;
}

/** 有効期限: the 入札日 plus the body's days. */
export const reservationValidUntil = (bidDate: YMD, rules: Pick<BidBondRules, "validityDays">) => addDays(bidDate, rules.validityDays);

export const RESERVATION_STATES = ["VALID", "EXPIRED", "CANCELLED", "CONVERTED"] as const;
export type ReservationState = (typeof RESERVATION_STATES)[number];

export const RESERVATION_STATE_LABEL: Record<ReservationState, string> = {
  VALID: "有効",
  EXPIRED: "期限切れ",
  CANCELLED: "取消",
  CONVERTED: "契約保証へ移行済",
};

/** The 状態 of an issued reservation on `today` (Japan). A converted one stays 移行済 after its 有効期限. */
export function reservationState(r: { cancelled: boolean; converted: boolean; validUntil: YMD }, today: YMD): ReservationState {
  if (r.cancelled) return "CANCELLED";
  if (r.converted) return "CONVERTED";
  return compareYmd(today, r.validUntil) > 0 ? "EXPIRED" : "VALID";
}

/** Why a reservation cannot be converted into a 保証申込, or null. */
export function conversionRefusal(state: ReservationState): string | null {
  switch (state) {
    case "VALID":
      return null;
    case "EXPIRED":
      return "この予約は有効期限を過ぎているため、契約保証を申し込めません。";
    case "CANCELLED":
      return "この予約は取り消されているため、契約保証を申し込めません。";
    case "CONVERTED":
      return "この予約からはすでに契約保証を申し込んでいます。";
  }
}
