// Japanese names of the 預託金払出依頼書 words, as the screens and mails show them.
import type { PayoutLineStatus } from "./enums";

export const PAYOUT_LINE_STATUS_LABEL: Record<PayoutLineStatus, string> = { REQUESTED: "依頼中", PAID: "払出済", RETURNED: "差戻し" };

/** A request's state from its lines: 依頼中 while any line waits, else 処理済. */
export function payoutRequestStateLabel(statuses: readonly PayoutLineStatus[]): string {
  return statuses.some((s) => s === "REQUESTED") ? "依頼中" : "処理済";
}

/** 払出依頼 No.3 */
export const payoutRequestTitle = (requestNo: number) => `払出依頼 No.${requestNo}`;
