// The bank desk's inbox: requests sent to the actor's bank branch with a line still 依頼中 (oldest first,
// so the first sent is paid first), and the latest ones. Both read PayoutRequest by its bankBranchId index;
// the waiting ones start from the 依頼中 lines (index status, requestId).
import { assertRole, type BankActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { SUMMARY_SELECT, summaryOf, type PayoutRequestSummary } from "./payout-request-view";

export async function listBankPayoutRequests(options: { actor: BankActor; take?: number }): Promise<{ waiting: PayoutRequestSummary[]; recent: PayoutRequestSummary[] }> {
  const actor = assertRole(options.actor, "BANK_USER");
  const take = options.take ?? 50;
  const prisma = getPrisma();
  const [waiting, recent] = await Promise.all([
    prisma.payoutRequest.findMany({
      where: { bankBranchId: actor.bankBranchId, lines: { some: { status: "REQUESTED" } } },
      orderBy: { submittedAt: "asc" },
      take,
      select: SUMMARY_SELECT,
    }),
    prisma.payoutRequest.findMany({ where: { bankBranchId: actor.bankBranchId }, orderBy: { submittedAt: "desc" }, take, select: SUMMARY_SELECT }),
  ]);
  return { waiting: waiting.map(summaryOf), recent: recent.map(summaryOf) };
}
