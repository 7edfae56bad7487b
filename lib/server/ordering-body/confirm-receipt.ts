// 受領確認: an ordering-body user records that their body received the e-guarantee. Only for a
// guarantee addressed to their body that one of their users has verified (so they hold the key);
// anything else is "not found". Recording twice keeps the first confirmation.
import { getPrisma } from "@/lib/db/client";
import { assertRole, type OrderingBodyActor } from "@/lib/auth/actor";
import { isUuid } from "@/lib/domain/ids";
import { notFound } from "@/lib/errors";
import { recordAuditEntry } from "@/lib/server/audit/record-audit-entry";
import type { RequestContext } from "@/lib/server/request-context";

export async function confirmReceipt(options: {
  guaranteeId: string;
  actor: OrderingBodyActor;
  request?: RequestContext;
}): Promise<{ confirmedAt: Date }> {
  const { guaranteeId } = options;
  const actor = assertRole(options.actor, "ORDERING_BODY");
  if (!isUuid(guaranteeId)) throw notFound("対象の電子保証が見つかりません。");
  return getPrisma().$transaction(async (tx) => {
    const guarantee = await tx.guarantee.findFirst({
      where: {
        id: guaranteeId,
        orderingBodyId: actor.orderingBodyId,
        verificationAttempts: { some: { succeeded: true, user: { orderingBodyId: actor.orderingBodyId } } },
      },
      select: { id: true, contractNumber: true },
    });
    if (!guarantee) throw notFound("対象の電子保証が見つかりません。");
    const existing = await tx.receiptConfirmation.findUnique({
      where: { guaranteeId_orderingBodyId: { guaranteeId, orderingBodyId: actor.orderingBodyId } },
    });
    if (existing) return { confirmedAt: existing.confirmedAt };
    const created = await tx.receiptConfirmation.create({ data: { guaranteeId, orderingBodyId: actor.orderingBodyId, userId: actor.userId } });
    await recordAuditEntry(tx, {
      actor,
      action: "guarantee.confirm-receipt",
      entityType: "Guarantee",
      entityId: guaranteeId,
      after: { contractNumber: guarantee.contractNumber, confirmedAt: created.confirmedAt.toISOString() },
      request: options.request,
    });
    return { confirmedAt: created.confirmedAt };
  });
}
