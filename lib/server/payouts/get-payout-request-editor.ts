// What the 預託金払出依頼書 form starts from (contractor): the guarantee, the approved 明細書's lines with
// what remains on each and whether a 払出 may be asked (支払先 settled), in the company's scope.
import { assertRole, type ContractorActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { isUuid } from "@/lib/domain/ids";
import { conflict, notFound } from "@/lib/errors";
import { depositBankOf, GUARANTEE_FOR_USAGE } from "@/lib/server/usage-plans/usage-plan-view";
import { loadItemBalances, type DrawableLine } from "./item-balances";
import { payoutRefusals as R } from "./payout-messages";

export type PayoutRequestEditor = { planId: string; contractNumber: string; projectName: string; depositBank: string | null; lines: DrawableLine[] };

export async function getPayoutRequestEditor(options: { actor: ContractorActor; planId: string }): Promise<PayoutRequestEditor> {
  const actor = assertRole(options.actor, "CONTRACTOR");
  if (!isUuid(options.planId)) throw notFound();
  const prisma = getPrisma();
  const plan = await prisma.usagePlan.findFirst({
    where: { id: options.planId, companyId: actor.companyId },
    select: { id: true, approvedVersionId: true, guarantee: { select: GUARANTEE_FOR_USAGE } },
  });
  if (!plan) throw notFound();
  if (!plan.approvedVersionId) throw conflict(R.noApprovedPlan);
  return {
    planId: plan.id,
    contractNumber: plan.guarantee.contractNumber,
    projectName: plan.guarantee.projectName,
    depositBank: depositBankOf(plan.guarantee),
    lines: await loadItemBalances(prisma, plan),
  };
}
