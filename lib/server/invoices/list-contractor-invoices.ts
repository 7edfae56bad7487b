// 前払金請求書 (contractor menu): the company's active 前払金保証 and 中間前払金保証, newest first, and
// whether each has its invoice's 振込先 saved.
import { assertRole, type ContractorActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import type { GuaranteeKind } from "@/lib/domain/enums";

export type ContractorInvoiceRow = { guaranteeId: string; contractNumber: string; kind: GuaranteeKind; projectName: string; orderingBodyName: string; amount: bigint; saved: boolean };

export async function listContractorInvoices(options: { actor: ContractorActor }): Promise<ContractorInvoiceRow[]> {
  const actor = assertRole(options.actor, "CONTRACTOR");
  const rows = await getPrisma().guarantee.findMany({
    where: { companyId: actor.companyId, kind: { in: ["ADVANCE", "INTERMEDIATE"] }, status: "ACTIVE" },
    orderBy: { issuedAt: "desc" },
    take: 200,
    select: { id: true, contractNumber: true, kind: true, projectName: true, amount: true, orderingBody: { select: { name: true } }, advanceInvoice: { select: { id: true } } },
  });
  return rows.map((g) => ({ guaranteeId: g.id, contractNumber: g.contractNumber, kind: g.kind, projectName: g.projectName, orderingBodyName: g.orderingBody.name, amount: g.amount, saved: g.advanceInvoice !== null }));
}
