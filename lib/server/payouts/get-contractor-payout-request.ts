// A 預託金払出依頼書 of the contractor's own company (another company's: NOT_FOUND).
import { assertRole, type ContractorActor } from "@/lib/auth/actor";
import { loadPayoutRequestDetail, type PayoutRequestDetail } from "./payout-request-view";

export async function getContractorPayoutRequest(options: { actor: ContractorActor; requestId: string }): Promise<PayoutRequestDetail> {
  const actor = assertRole(options.actor, "CONTRACTOR");
  return loadPayoutRequestDetail(options.requestId, { companyId: actor.companyId });
}
