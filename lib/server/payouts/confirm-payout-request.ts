// 申込確認 of a 預託金払出依頼書 (contractor): the same rules as 送信 against the plan as it is now, writing
// nothing; answers the lines as they would be sent (the form shows them before 送信).
import { assertRole, type ContractorActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { checkPayoutRequest } from "./check-payout-request";

export type PayoutConfirmation = {
  lines: { itemNo: number; category: string; payee: string; amount: string; payoutMethod: string; account: string | null; remainingAfter: string }[];
  total: string;
};

export async function confirmPayoutRequest(options: { actor: ContractorActor; planId: string; input: unknown }): Promise<PayoutConfirmation> {
  const actor = assertRole(options.actor, "CONTRACTOR");
  return getPrisma().$transaction(async (tx) => {
    const { lines } = await checkPayoutRequest(tx, actor, options.planId, options.input);
    return {
      // Client props: amounts as text.
      lines: lines.map((l) => ({
        itemNo: l.item.itemNo,
        category: l.item.category,
        payee: l.item.payee ?? "-",
        amount: l.amount.toString(),
        payoutMethod: l.payoutMethod,
        account: l.account ? `${l.account.bankName} ${l.account.bankBranchName} ${l.account.accountType} ${l.account.accountNumber} ${l.account.accountHolderKana}` : null,
        remainingAfter: (l.item.balance.remaining - l.amount).toString(),
      })),
      total: lines.reduce((s, l) => s + l.amount, 0n).toString(),
    };
  });
}
