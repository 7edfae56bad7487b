// Japanese labels of the application form's choices, as the form shows them.
import type { FeePaymentMethod, OrderType, ReceiveMethod } from "@/lib/db/generated/enums";

export const ORDER_TYPE_LABEL: Record<OrderType, string> = {
  GENERAL_COMPETITIVE: "一般競争入札",
  DESIGNATED_COMPETITIVE: "指名競争入札",
  NEGOTIATED: "随意契約",
  OTHER: "その他(見積もりあわせ等)",
};

export const RECEIVE_METHOD_LABEL: Record<ReceiveMethod, string> = { MAIL: "送付", COUNTER: "当社窓口" };

export const FEE_PAYMENT_METHOD_LABEL: Record<FeePaymentMethod, string> = { LUMP_SUM: "一括納付", INSTALLMENT: "分割納付" };

/** 前払金保証金額 as a share of 請負金額, e.g. 40.0%; empty when either is missing. */
export function ratioPercent(part: bigint | null, whole: bigint | null): string {
  if (part === null || whole === null || whole <= 0n) return "";
  const tenths = (part * 1000n + whole / 2n) / whole;
  return `${tenths / 10n}.${tenths % 10n}%`;
}
