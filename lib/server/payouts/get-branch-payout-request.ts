// A 預託金払出依頼書 of a guarantee the staff's branch handles (another branch's: NOT_FOUND).
import { assertRole, type StaffActor } from "@/lib/auth/actor";
import { loadPayoutRequestDetail, type PayoutRequestDetail } from "./payout-request-view";

export async function getBranchPayoutRequest(options: { actor: StaffActor; requestId: string }): Promise<PayoutRequestDetail> {
  const actor = assertRole(options.actor, "SURETY_STAFF");
  return loadPayoutRequestDetail(options.requestId, { branchId: actor.branchId });
}
