// The rules of a 預託金払出依頼書 against the plan as it is now, shared by 申込確認 (confirmPayoutRequest,
// which writes nothing) and 送信 (submitPayoutRequest, under the plan's lock): the approved 明細書, an
// active guarantee linked to its 預託金融機関, and per line a settled 支払先, an amount within what remains,
// the 振込先 of a 振込 line (the stored 払出方法 decides, not the browser). Field errors are thrown together.
import type { ContractorActor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/db/client";
import type { PayoutMethod } from "@/lib/domain/enums";
import { drawProblem } from "@/lib/domain/payout-rules";
import { conflict, invalidInput } from "@/lib/errors";
import { fieldErrorsOf, parseInput } from "@/lib/schemas/parse-input";
import { ZPayoutRequestForm, ZTransferAccount, type TPayoutRequestForm, type TTransferAccount } from "@/lib/schemas/payout-request";
import { lockUsagePlan } from "@/lib/server/usage-plans/lock-usage-plan";
import { loadItemBalances, type DrawableLine } from "./item-balances";
import { payoutRefusals as R } from "./payout-messages";

export type CheckedPayoutLine = { item: DrawableLine; amount: bigint; payoutMethod: PayoutMethod; account: TTransferAccount | null };

export async function checkPayoutRequest(tx: Prisma.TransactionClient, actor: ContractorActor, planId: string, input: unknown) {
  const form: TPayoutRequestForm = parseInput(ZPayoutRequestForm, input);
  const plan = await lockUsagePlan(tx, planId, { companyId: actor.companyId });
  if (!plan.approvedVersionId) throw conflict(R.noApprovedPlan);
  const guarantee = await tx.guarantee.findUniqueOrThrow({ where: { id: plan.guaranteeId }, select: { status: true, depositBankBranchId: true } });
  if (guarantee.status !== "ACTIVE") throw conflict(R.guaranteeInactive);
  if (!guarantee.depositBankBranchId) throw conflict(R.noBank);
  const balances = await loadItemBalances(tx, plan);

  const errors: Record<string, string> = {};
  const seen = new Set<string>();
  const lines: CheckedPayoutLine[] = [];
  form.lines.forEach((line, index) => {
    if (line.amount === null) return;
    const at = `lines.${index}.amount`;
    const item = balances.find((b) => b.itemId === line.itemId);
    if (!item) return void (errors[at] = R.notOnPlan);
    if (seen.has(item.itemId)) return void (errors[at] = R.duplicate);
    seen.add(item.itemId);
    if (!item.settled) return void (errors[at] = R.unsettled);
    if (drawProblem(line.amount, item.balance.remaining)) return void (errors[at] = R.exceeds(item.balance.remaining));
    let account: TTransferAccount | null = null;
    if (item.payoutMethod === "TRANSFER") {
      const parsed = ZTransferAccount.safeParse(line);
      if (!parsed.success) {
        for (const [field, message] of Object.entries(fieldErrorsOf(parsed.error).fieldErrors)) errors[`lines.${index}.${field}`] = message;
        return;
      }
      account = parsed.data;
    }
    lines.push({ item, amount: line.amount, payoutMethod: item.payoutMethod, account });
  });
  if (Object.keys(errors).length) throw invalidInput(errors);
  return { plan, bankBranchId: guarantee.depositBankBranchId, note: form.note, lines };
}
