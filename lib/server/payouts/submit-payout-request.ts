// 預託金払出依頼書 送信 (contractor): the rules of check-payout-request.ts under the plan's row lock
// (lockUsagePlan, in the company's scope), so two requests at once are checked one after the other and can
// never overdraw a line; the request, its lines and the audit entry commit together, to the guarantee's
// 預託金融機関.
import { assertRole, type ContractorActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { recordAuditEntry } from "@/lib/server/audit/record-audit-entry";
import type { RequestContext } from "@/lib/server/request-context";
import { checkPayoutRequest } from "./check-payout-request";

export async function submitPayoutRequest(options: { actor: ContractorActor; planId: string; input: unknown; request?: RequestContext; now?: Date }): Promise<{ requestId: string; requestNo: number }> {
  const actor = assertRole(options.actor, "CONTRACTOR");
  return getPrisma().$transaction(async (tx) => {
    const { plan, bankBranchId, note, lines } = await checkPayoutRequest(tx, actor, options.planId, options.input);
    const last = await tx.payoutRequest.aggregate({ where: { planId: plan.id }, _max: { requestNo: true } });
    const requestNo = (last._max.requestNo ?? 0) + 1;
    const created = await tx.payoutRequest.create({
      data: {
        planId: plan.id,
        requestNo,
        guaranteeId: plan.guaranteeId,
        companyId: plan.companyId,
        branchId: plan.branchId,
        bankBranchId,
        usagePlanVersionId: plan.approvedVersionId!,
        note,
        createdById: actor.userId,
        submittedAt: options.now ?? new Date(),
        lines: {
          create: lines.map((l, position) => ({ position, itemId: l.item.itemId, payee: l.item.payee ?? "-", amount: l.amount, payoutMethod: l.payoutMethod, ...(l.account ?? {}) })),
        },
      },
    });
    await recordAuditEntry(tx, {
      actor,
      action: "payout-request.submit",
      entityType: "PayoutRequest",
      entityId: created.id,
      after: { requestNo, planId: plan.id, lines: lines.map((l) => ({ itemNo: l.item.itemNo, amount: l.amount.toString(), payoutMethod: l.payoutMethod })) },
      request: options.request,
    });
    return { requestId: created.id, requestNo };
  });
}
