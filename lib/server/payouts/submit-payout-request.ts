// 預託金払出依頼書 送信 (contractor): built only from lines of the approved 明細書 whose 支払先 is settled,
// each amount within what remains on its line, 振込先 for 振込 lines (自社口座への振替 for 立替払済 needs
// none), to the guarantee's 預託金融機関. The plan's row is locked first (lockUsagePlan, in the company's
// scope), so two requests at once are checked one after the other and can never overdraw a line.
import { assertRole, type ContractorActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { conflict, invalidInput } from "@/lib/errors";
import { drawProblem } from "@/lib/domain/payout-rules";
import { fieldErrorsOf, parseInput } from "@/lib/schemas/parse-input";
import { ZPayoutRequestForm, ZTransferAccount, type TTransferAccount } from "@/lib/schemas/payout-request";
import { recordAuditEntry } from "@/lib/server/audit/record-audit-entry";
import type { RequestContext } from "@/lib/server/request-context";
import { lockUsagePlan } from "@/lib/server/usage-plans/lock-usage-plan";
import { loadItemBalances } from "./item-balances";
import { payoutRefusals as R } from "./payout-messages";

export async function submitPayoutRequest(options: { actor: ContractorActor; planId: string; input: unknown; request?: RequestContext; now?: Date }): Promise<{ requestId: string; requestNo: number }> {
  const actor = assertRole(options.actor, "CONTRACTOR");
  const form = parseInput(ZPayoutRequestForm, options.input);
  return getPrisma().$transaction(async (tx) => {
    const plan = await lockUsagePlan(tx, options.planId, { companyId: actor.companyId });
    if (!plan.approvedVersionId) throw conflict(R.noApprovedPlan);
    const guarantee = await tx.guarantee.findUniqueOrThrow({ where: { id: plan.guaranteeId }, select: { status: true, depositBankBranchId: true } });
    if (guarantee.status !== "ACTIVE") throw conflict(R.guaranteeInactive);
    if (!guarantee.depositBankBranchId) throw conflict(R.noBank);
    const balances = await loadItemBalances(tx, plan);

    const errors: Record<string, string> = {};
    const seen = new Set<string>();
    const lines: { itemId: string; payee: string; amount: bigint; payoutMethod: (typeof balances)[number]["payoutMethod"]; account: TTransferAccount | null }[] = [];
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
      lines.push({ itemId: item.itemId, payee: item.payee ?? "-", amount: line.amount, payoutMethod: item.payoutMethod, account });
    });
    if (Object.keys(errors).length) throw invalidInput(errors);

    const last = await tx.payoutRequest.aggregate({ where: { planId: plan.id }, _max: { requestNo: true } });
    const requestNo = (last._max.requestNo ?? 0) + 1;
    const created = await tx.payoutRequest.create({
      data: {
        planId: plan.id,
        requestNo,
        guaranteeId: plan.guaranteeId,
        companyId: plan.companyId,
        branchId: plan.branchId,
        bankBranchId: guarantee.depositBankBranchId,
        usagePlanVersionId: plan.approvedVersionId,
        note: form.note,
        createdById: actor.userId,
        submittedAt: options.now ?? new Date(),
        lines: {
          create: lines.map((l, position) => ({
            position,
            itemId: l.itemId,
            payee: l.payee,
            amount: l.amount,
            payoutMethod: l.payoutMethod,
            ...(l.account ?? {}),
          })),
        },
      },
    });
    await recordAuditEntry(tx, {
      actor,
      action: "payout-request.submit",
      entityType: "PayoutRequest",
      entityId: created.id,
      after: { requestNo, planId: plan.id, lines: lines.map((l) => ({ itemId: l.itemId, amount: l.amount.toString(), payoutMethod: l.payoutMethod })) },
      request: options.request,
    });
    return { requestId: created.id, requestNo };
  });
}
