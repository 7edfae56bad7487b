// A 預託金払出依頼書 sent to the bank branch of the actor (another branch's, or another bank's: NOT_FOUND),
// beside the approved 明細書 lines it draws on, what remains on each, and their evidence documents.
import { assertRole, type BankActor } from "@/lib/auth/actor";
import { loadPayoutRequestDetail, type PayoutRequestDetail } from "./payout-request-view";

export async function getBankPayoutRequest(options: { actor: BankActor; requestId: string }): Promise<PayoutRequestDetail> {
  const actor = assertRole(options.actor, "BANK_USER");
  return loadPayoutRequestDetail(options.requestId, { bankBranchId: actor.bankBranchId });
}
