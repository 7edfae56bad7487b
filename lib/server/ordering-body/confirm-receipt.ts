// 受領確認: an ordering-body user records that their body received the e-guarantee. Only for a
// guarantee addressed to their body that one of their users has verified (so they hold the key);
// anything else is "not found". Recording twice keeps the first confirmation.
import { getPrisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { recordAuditEntry } from "@/lib/server/audit/record-audit-entry";
import type { RequestContext } from "@/lib/server/request-context";

export async function confirmReceipt(options: {
  guaranteeId: string;
  user: { id: string; orderingBodyId: string };
  request?: RequestContext;
}): Promise<{ confirmedAt: Date }> {
  const { guaranteeId, user } = options;
  return getPrisma().$transaction(async (tx) => {
    const guarantee = await tx.guarantee.findFirst({
      where: {
        id: guaranteeId,
        orderingBodyId: user.orderingBodyId,
        verificationAttempts: { some: { succeeded: true, user: { orderingBodyId: user.orderingBodyId } } },
      },
      select: { id: true, contractNumber: true },
    });
    if (!guarantee) throw notFound();
    const existing = await tx.receiptConfirmation.findUnique({
      where: { guaranteeId_orderingBodyId: { guaranteeId, orderingBodyId: user.orderingBodyId } },
    });
    if (existing) return { confirmedAt: existing.confirmedAt };
    const created = await tx.receiptConfirmation.create({ data: { guaranteeId, orderingBodyId: user.orderingBodyId, userId: user.id } });
    await recordAuditEntry(tx, {
      actor: { id: user.id, role: "ORDERING_BODY" },
      action: "guarantee.confirm-receipt",
      entityType: "Guarantee",
      entityId: guaranteeId,
      after: { contractNumber: guarantee.contractNumber, confirmedAt: created.confirmedAt.toISOString() },
      request: options.request,
    });
    return { confirmedAt: created.confirmedAt };
  });
}
