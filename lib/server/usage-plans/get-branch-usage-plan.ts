// A 明細書 of a guarantee the staff's branch handles (another branch's: NOT_FOUND).
import { assertRole, type StaffActor } from "@/lib/auth/actor";
import { isUuid } from "@/lib/domain/ids";
import { notFound } from "@/lib/errors";
import { loadUsagePlanView, type UsagePlanView } from "./usage-plan-view";

export async function getBranchUsagePlan(options: { actor: StaffActor; planId: string }): Promise<UsagePlanView> {
  const actor = assertRole(options.actor, "SURETY_STAFF");
  if (!isUuid(options.planId)) throw notFound();
  return loadUsagePlanView({ id: options.planId, branchId: actor.branchId });
}
