// The bank's decision on one line of a 預託金払出依頼書 (払出済 or 差戻し), shared by payPayoutLine and
// returnPayoutLine: in one transaction the plan's row is locked (the order every payout change takes, so a
// decision never interleaves with a new request), then the line in the WHERE that carries the bank branch's
// scope (another branch's line: NOT_FOUND); a line already decided is refused, so two clicks decide once.
// The decision, its audit entry (the 払出報告 the guarantee company reads) and the contractor's mail commit
// together.
import { assertRole, type BankActor } from "@/lib/auth/actor";
import { getConfig } from "@/lib/config";
import { getPrisma, type Prisma } from "@/lib/db/client";
import { isUuid } from "@/lib/domain/ids";
import { payoutRequestTitle } from "@/lib/domain/payout-labels";
import { usageCategoryLabel } from "@/lib/domain/usage-categories";
import { conflict, notFound } from "@/lib/errors";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { payoutNoticeMail, type PayoutNotice } from "@/lib/mail/templates/payout-notice-mail";
import { recordAuditEntry } from "@/lib/server/audit/record-audit-entry";
import type { RequestContext } from "@/lib/server/request-context";
import { payoutRefusals as R } from "./payout-messages";

type Decision = { status: "PAID"; paidOn: Date; paidAmount: bigint } | { status: "RETURNED"; reason: string };

export type LockedPayoutLine = Prisma.PayoutRequestLineGetPayload<{ include: { request: true } }>;

export async function decidePayoutLine(options: {
  actor: BankActor;
  lineId: string;
  request?: RequestContext;
  now?: Date;
  /** The demo seed records a 払出 without mailing anyone (the demo mailbox shows only what a visitor did). */
  silent?: boolean;
  /** Checks the decision against the locked line (throws AppError) and returns it. */
  decide: (line: LockedPayoutLine) => Decision;
}): Promise<void> {
  const actor = assertRole(options.actor, "BANK_USER");
  if (!isUuid(options.lineId)) throw notFound();
  const lineId = options.lineId;
  await getPrisma().$transaction(async (tx) => {
    const [scoped] = await tx.$queryRaw<{ planId: string }[]>`
      SELECT r."planId" FROM "PayoutRequestLine" pl JOIN "PayoutRequest" r ON r.id = pl."requestId"
      WHERE pl.id = ${lineId}::uuid AND r."bankBranchId" = ${actor.bankBranchId}::uuid`;
    if (!scoped) throw notFound();
    await tx.$queryRaw`SELECT id FROM "UsagePlan" WHERE id = ${scoped.planId}::uuid FOR UPDATE`;
    await tx.$queryRaw`SELECT id FROM "PayoutRequestLine" WHERE id = ${lineId}::uuid FOR UPDATE`;
    const line = await tx.payoutRequestLine.findUniqueOrThrow({ where: { id: lineId }, include: { request: true } });
    if (line.status !== "REQUESTED") throw conflict(R.decided);
    const decision = options.decide(line);
    const now = options.now ?? new Date();
    await tx.payoutRequestLine.update({
      where: { id: line.id },
      data:
        decision.status === "PAID"
          ? { status: "PAID", paidOn: decision.paidOn, paidAmount: decision.paidAmount, decidedAt: now, decidedById: actor.userId }
          : { status: "RETURNED", returnReason: decision.reason, decidedAt: now, decidedById: actor.userId },
    });
    await recordAuditEntry(tx, {
      actor,
      action: decision.status === "PAID" ? "payout-request.pay" : "payout-request.return",
      entityType: "PayoutRequest",
      entityId: line.requestId,
      before: { lineId: line.id, status: "REQUESTED", amount: line.amount.toString() },
      after:
        decision.status === "PAID"
          ? { lineId: line.id, status: "PAID", paidAmount: decision.paidAmount.toString(), paidOn: decision.paidOn.toISOString().slice(0, 10), bank: actor.bankBranchName }
          : { lineId: line.id, status: "RETURNED", reason: decision.reason, bank: actor.bankBranchName },
      request: options.request,
    });
    if (!options.silent) await queuePayoutNotice(tx, actor, line, decision);
  });
}

async function queuePayoutNotice(tx: Prisma.TransactionClient, actor: BankActor, line: LockedPayoutLine, decision: Decision) {
  // One after the other: a transaction is one connection, and pg refuses overlapping queries on one (pg@9).
  const requester = await tx.user.findUniqueOrThrow({ where: { id: line.request.createdById }, select: { email: true, company: { select: { name: true } } } });
  const guarantee = await tx.guarantee.findUniqueOrThrow({ where: { id: line.request.guaranteeId }, select: { id: true, contractNumber: true, projectName: true } });
  const planLine = await tx.usagePlanLine.findFirst({ where: { versionId: line.request.usagePlanVersionId, itemId: line.itemId }, include: { item: { select: { itemNo: true } } } });
  const outcome: PayoutNotice["outcome"] =
    decision.status === "PAID" ? { kind: "PAID", paidOn: decision.paidOn, paidAmount: decision.paidAmount } : { kind: "RETURNED", reason: decision.reason };
  const mail = payoutNoticeMail({
    appUrl: getConfig().APP_URL,
    companyName: requester.company?.name ?? "",
    bankName: actor.bankBranchName,
    contractNumber: guarantee.contractNumber,
    projectName: guarantee.projectName,
    requestTitle: payoutRequestTitle(line.request.requestNo),
    requestId: line.requestId,
    itemLabel: planLine ? `No.${planLine.item?.itemNo ?? ""} ${usageCategoryLabel(planLine.category)}（${line.payee}）` : line.payee,
    requested: line.amount,
    outcome,
  });
  await enqueueMail(tx, { kind: "PAYOUT_NOTICE", idempotencyKey: `payout:${line.id}`, to: requester.email, ...mail, guaranteeId: guarantee.id });
}
