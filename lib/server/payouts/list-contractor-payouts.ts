// The contractor's 預託金払出依頼書 page: each guarantee with an approved 明細書 (what remains of its
// advance, derived from rows) and the requests the company sent, newest first.
import { assertRole, type ContractorActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import type { ItemBalance } from "@/lib/domain/payout-rules";
import { depositBankOf, GUARANTEE_FOR_USAGE } from "@/lib/server/usage-plans/usage-plan-view";
import { loadItemBalances, totalBalance } from "./item-balances";
import { listPayoutRequests, type PayoutRequestSummary } from "./payout-request-view";

export type PayoutPlanRow = { planId: string; guaranteeId: string; contractNumber: string; projectName: string; depositBank: string | null; linked: boolean; total: ItemBalance };

export async function listContractorPayouts(options: { actor: ContractorActor }): Promise<{ plans: PayoutPlanRow[]; requests: PayoutRequestSummary[] }> {
  const actor = assertRole(options.actor, "CONTRACTOR");
  const prisma = getPrisma();
  const plans = await prisma.usagePlan.findMany({
    where: { companyId: actor.companyId, approvedVersionId: { not: null }, guarantee: { status: "ACTIVE" } },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, approvedVersionId: true, guarantee: { select: { ...GUARANTEE_FOR_USAGE, depositBankBranchId: true } } },
  });
  const rows = await Promise.all(
    plans.map(async (p) => ({
      planId: p.id,
      guaranteeId: p.guarantee.id,
      contractNumber: p.guarantee.contractNumber,
      projectName: p.guarantee.projectName,
      depositBank: depositBankOf(p.guarantee),
      linked: p.guarantee.depositBankBranchId !== null,
      total: totalBalance(await loadItemBalances(prisma, p)),
    })),
  );
  return { plans: rows, requests: await listPayoutRequests({ companyId: actor.companyId }) };
}
