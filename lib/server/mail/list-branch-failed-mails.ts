// 送信に失敗したメール of the actor's branch (the dashboard's link): mails about its applications or guarantees
// that the worker gave up on, newest first, with the record each is about.
import { assertRole, type StaffActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { failedMailWhere } from "@/lib/server/dashboard/staff-dashboard-counters";

export async function listBranchFailedMails(options: { actor: StaffActor }) {
  const actor = assertRole(options.actor, "SURETY_STAFF");
  return getPrisma().emailOutbox.findMany({
    where: failedMailWhere(actor.branchId),
    orderBy: { updatedAt: "desc" },
    take: 100,
    select: {
      id: true,
      kind: true,
      toAddress: true,
      subject: true,
      attempts: true,
      lastError: true,
      updatedAt: true,
      applicationId: true,
      guaranteeId: true,
      application: { select: { applicationNumber: true } },
      guarantee: { select: { contractNumber: true } },
    },
  });
}
