// The bank desk's inbox: requests sent to the actor's bank branch with a line still 依頼中 (oldest first,
// so the first sent is paid first), and the latest ones. The waiting ones are found from the branch's
// 依頼中 lines (index bankBranchId, status, requestId: each line carries its request's bank branch, set by
// a trigger); the latest by the (bankBranchId, submittedAt) index.
import { assertRole, type BankActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { SUMMARY_SELECT, summaryOf, type PayoutRequestSummary } from "./payout-request-view";

export async function listBankPayoutRequests(options: { actor: BankActor; take?: number; recent?: number }): Promise<{ waiting: PayoutRequestSummary[]; recent: PayoutRequestSummary[] }> {
  const actor = assertRole(options.actor, "BANK_USER");
  const take = options.take ?? 20;
  const prisma = getPrisma();
  const waitingIds = await prisma.$queryRaw<{ id: string }[]>`
    SELECT r.id FROM "PayoutRequest" r
    WHERE r.id IN (SELECT "requestId" FROM "PayoutRequestLine" WHERE "bankBranchId" = ${actor.bankBranchId}::uuid AND status = 'REQUESTED')
    ORDER BY r."submittedAt" ASC LIMIT ${take}`;
  const [waiting, recent] = await Promise.all([
    waitingIds.length ? prisma.payoutRequest.findMany({ where: { id: { in: waitingIds.map((r) => r.id) } }, orderBy: { submittedAt: "asc" }, select: SUMMARY_SELECT }) : [],
    prisma.payoutRequest.findMany({ where: { bankBranchId: actor.bankBranchId }, orderBy: { submittedAt: "desc" }, take: options.recent ?? 20, select: SUMMARY_SELECT }),
  ]);
  return { waiting: waiting.map(summaryOf), recent: recent.map(summaryOf) };
}
