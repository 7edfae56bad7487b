// A 使途変更 cannot take from a line what the bank has paid or been asked for: on 承認 each item keeps a
// 前払金使用金額 of at least what its request lines hold (依頼中 + 払出済), and an item holding any is not
// removed. Runs in the approval's transaction, under the plan's lock, so no request slips in between.
import type { Prisma } from "@/lib/db/client";
import { invalidInput } from "@/lib/errors";
import { loadItemBalances } from "./item-balances";
import { payoutRefusals as R } from "./payout-messages";

export async function assertPayoutsCovered(tx: Prisma.TransactionClient, plan: { id: string; approvedVersionId: string | null }, newLines: readonly { itemId: string | null; advanceAmount: bigint }[]): Promise<void> {
  const current = await loadItemBalances(tx, plan);
  const errors: Record<string, string> = {};
  for (const item of current) {
    const held = item.balance.requested + item.balance.paid;
    if (held === 0n) continue;
    const index = newLines.findIndex((l) => l.itemId === item.itemId);
    if (index < 0) errors.total = R.itemWithPayouts(item.itemNo);
    else if (newLines[index]!.advanceAmount < held) errors[`lines.${index}.advanceAmount`] = R.planBelowPayouts(item.itemNo, held);
  }
  if (Object.keys(errors).length) throw invalidInput(errors, errors.total ?? Object.values(errors)[0]);
}
