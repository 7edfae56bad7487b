// 送信する, the part every kind of application shares (保証申込, 中間前払金保証, 契約保証予約): the 申込番号
// (kept when a returned application is sent again), the row as SUBMITTED and its audit entry, inside the
// caller's transaction after it has checked the application is the actor's and may be sent.
import type { ContractorActor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/db/client";
import { auditSnapshot, recordAuditEntry } from "@/lib/server/audit/record-audit-entry";
import type { RequestContext } from "@/lib/server/request-context";
import { nextApplicationNumber } from "./next-application-number";
import type { SavedApplication } from "./save-application-draft";

type SentRecord = Omit<Prisma.ApplicationUncheckedCreateInput, "companyId" | "createdById">;
type Earlier = { id: string; status: string; applicationNumber: string | null };

export async function recordSentApplication(
  tx: Prisma.TransactionClient,
  options: { actor: ContractorActor; before: Earlier | null; record: SentRecord; audited: Record<string, unknown>; submissionKey: string; now: Date; request?: RequestContext },
): Promise<SavedApplication> {
  const { actor, before, record, submissionKey, now } = options;
  const applicationNumber = before?.applicationNumber ?? (await nextApplicationNumber(tx, now));
  const sent = { ...record, status: "SUBMITTED" as const, submissionKey, applicationNumber, submittedAt: now, companyMessage: undefined };
  const saved = before
    ? await tx.application.update({ where: { id: before.id }, data: sent })
    : await tx.application.create({ data: { ...sent, companyId: actor.companyId, createdById: actor.userId } });
  await recordAuditEntry(tx, {
    actor,
    action: before?.status === "RETURNED" ? "application.resubmit" : "application.submit",
    entityType: "Application",
    entityId: saved.id,
    before: before ? auditSnapshot({ status: before.status }) : null,
    after: auditSnapshot({ ...options.audited, status: saved.status, applicationNumber, branchId: saved.branchId }),
    request: options.request,
  });
  return { applicationId: saved.id, applicationNumber };
}
