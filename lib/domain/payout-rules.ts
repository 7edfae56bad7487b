// 預託金払出依頼書: what remains on a 明細書 line (item) is derived from rows, never stored: the approved
// line's 前払金使用金額 minus what its request lines hold — 依頼中 their amount, 払出済 what was paid
// (a 払出 of less than was asked releases the rest), 差戻し nothing.
import type { PayoutLineStatus } from "./enums";

export type DrawRow = { status: PayoutLineStatus; amount: bigint; paidAmount: bigint | null };

/** What one request line holds on its item. */
export function heldBy(row: DrawRow): bigint {
  if (row.status === "REQUESTED") return row.amount;
  if (row.status === "PAID") return row.paidAmount ?? 0n;
  return 0n;
}

export type ItemBalance = { planned: bigint; requested: bigint; paid: bigint; remaining: bigint };

/** planned: the approved line's 前払金使用金額; the rows: every request line drawing on the item. */
export function itemBalance(planned: bigint, rows: readonly DrawRow[]): ItemBalance {
  let requested = 0n;
  let paid = 0n;
  for (const row of rows) {
    if (row.status === "REQUESTED") requested += row.amount;
    if (row.status === "PAID") paid += row.paidAmount ?? 0n;
  }
  return { planned, requested, paid, remaining: planned - requested - paid };
}

/** The refusal of a request line, or null: a positive amount within what remains. */
export function drawProblem(amount: bigint, remaining: bigint): "exceeds" | null {
  return amount > remaining ? "exceeds" : null;
}

/** The refusal of a 払出, or null: more than nothing, at most what was asked. */
export function paidAmountProblem(paid: bigint, requested: bigint): "exceeds" | null {
  return paid > requested ? "exceeds" : null;
}
