// A 明細書 of the contractor's own company (another company's: NOT_FOUND).
import { assertRole, type ContractorActor } from "@/lib/auth/actor";
import { isUuid } from "@/lib/domain/ids";
import { notFound } from "@/lib/errors";
import { loadUsagePlanView, type UsagePlanView } from "./usage-plan-view";

export async function getContractorUsagePlan(options: { actor: ContractorActor; planId: string }): Promise<UsagePlanView> {
  const actor = assertRole(options.actor, "CONTRACTOR");
  if (!isUuid(options.planId)) throw notFound();
  return loadUsagePlanView({ id: options.planId, companyId: actor.companyId });
}
