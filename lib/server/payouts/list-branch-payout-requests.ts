// Staff: every 預託金払出依頼書 of the guarantees their branch handles, newest first, each with its 払出.
import { assertRole, type StaffActor } from "@/lib/auth/actor";
import { listPayoutRequests, type PayoutRequestSummary } from "./payout-request-view";

export async function listBranchPayoutRequests(options: { actor: StaffActor; take?: number }): Promise<PayoutRequestSummary[]> {
  const actor = assertRole(options.actor, "SURETY_STAFF");
  return listPayoutRequests({ branchId: actor.branchId }, options.take ?? 100);
}
