// The 前払金請求書 page of one guarantee: what the invoice will print, and the saved 振込先 if any.
import { assertRole, type ContractorActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { findInvoiceGuarantee, type InvoiceGuarantee } from "./invoice-guarantee";

export async function getAdvanceInvoice(options: { actor: ContractorActor; guaranteeId: string }): Promise<InvoiceGuarantee> {
  const actor = assertRole(options.actor, "CONTRACTOR");
  return findInvoiceGuarantee(getPrisma(), actor.companyId, options.guaranteeId);
}
