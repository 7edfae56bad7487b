// 送信に失敗したメール of the actor's branch (the dashboard's links), newest first, with the record each is about:
// `failed`, the mails the worker gave up on, and `retrying`, those whose last attempt failed and that it will
// try again (an SMTP server that is down shows here from its first failed attempt, not only days later).
import { assertRole, type StaffActor } from "@/lib/auth/actor";
import { getPrisma, type Prisma } from "@/lib/db/client";
import { failedMailWhere, retryingMailWhere } from "@/lib/server/dashboard/staff-dashboard-counters";

const LISTED = {
  id: true,
  kind: true,
  toAddress: true,
  subject: true,
  status: true,
  attempts: true,
  lastError: true,
  updatedAt: true,
  applicationId: true,
  guaranteeId: true,
  application: { select: { applicationNumber: true } },
  guarantee: { select: { contractNumber: true } },
} as const;

const listed = (where: Prisma.EmailOutboxWhereInput) => getPrisma().emailOutbox.findMany({ where, orderBy: { updatedAt: "desc" }, take: 100, select: LISTED });

export type BranchMailRow = Awaited<ReturnType<typeof listed>>[number];

export async function listBranchFailedMails(options: { actor: StaffActor }): Promise<{ failed: BranchMailRow[]; retrying: BranchMailRow[] }> {
  const actor = assertRole(options.actor, "SURETY_STAFF");
  const [failed, retrying] = await Promise.all([listed(failedMailWhere(actor.branchId)), listed(retryingMailWhere(actor.branchId))]);
  return { failed, retrying };
}
