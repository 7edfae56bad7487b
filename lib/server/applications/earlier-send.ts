// Exactly once for every 送信する (保証申込, 中間前払金保証, 契約保証予約): a form carries a submissionKey,
// unique over all applications. Sends of one key wait for each other on an advisory lock, and a key
// already sent answers with what its first send wrote: the same form again, whichever kind it was.
// Another company's key is refused like a malformed one (it must not reveal that application).
import type { ContractorActor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { APPLICATION_ERRORS as E } from "./application-errors";
import type { SavedApplication } from "./save-application-draft";

export async function earlierSendOf(tx: Prisma.TransactionClient, actor: ContractorActor, submissionKey: string): Promise<SavedApplication | null> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${submissionKey}, 0))`;
  const earlier = await tx.application.findUnique({ where: { submissionKey }, select: { id: true, companyId: true, applicationNumber: true } });
  if (!earlier) return null;
  if (earlier.companyId !== actor.companyId) throw new AppError("VALIDATION", E.badKey);
  return { applicationId: earlier.id, applicationNumber: earlier.applicationNumber };
}
