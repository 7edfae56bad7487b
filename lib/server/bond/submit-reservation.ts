// 一時保存 and 送信 of a 契約保証予約申込（入札ボンド）: the same steps as the 保証申込 (a draft the contractor
// resumes, 申込確認, 送信 → 送信済（受付待ち） with a 申込番号, one audit entry each), with the reservation's own
// rules (the ordering body's share of the bid, the 入札日 not past). Exactly once per form: its
// submissionKey is unique and sends of one key wait on an advisory lock; the draft's row is locked.
import { assertRole, type ContractorActor } from "@/lib/auth/actor";
import { getPrisma, Prisma } from "@/lib/db/client";
import { isEditableStatus } from "@/lib/domain/application-status";
import { isUuid } from "@/lib/domain/ids";
import { AppError, conflict, invalidInput, notFound } from "@/lib/errors";
import { auditSnapshot, recordAuditEntry } from "@/lib/server/audit/record-audit-entry";
import type { RequestContext } from "@/lib/server/request-context";
import { makeZReservationSubmit, reservationRuleIssues, ZReservationDraft } from "@/lib/schemas/reservation-application";
import { parseInput } from "@/lib/schemas/parse-input";
import { APPLICATION_ERRORS as E } from "@/lib/server/applications/application-errors";
import { keepReturnedBranch } from "@/lib/server/applications/keep-returned-branch";
import { earlierSendOf } from "@/lib/server/applications/earlier-send";
import { recordSentApplication } from "@/lib/server/applications/record-sent-application";
import type { SavedApplication } from "@/lib/server/applications/save-application-draft";
import { loadReservationRuleContext } from "./reservation-context";
import { toReservationRecord } from "./reservation-record";

type Locked = { id: string; status: string; applicationNumber: string | null; branchId: string | null };

async function lockOwnReservation(tx: Prisma.TransactionClient, actor: ContractorActor, applicationId: string): Promise<Locked> {
  const [row] = await tx.$queryRaw<Locked[]>`
    SELECT id, status::text AS status, "applicationNumber", "branchId" FROM "Application"
    WHERE id = ${applicationId}::uuid AND "companyId" = ${actor.companyId}::uuid AND kind = 'RESERVATION' FOR UPDATE`;
  if (!row) throw notFound(E.notFound);
  if (!isEditableStatus(row.status as never)) throw conflict(E.notEditable);
  return row;
}

export async function saveReservationDraft(options: { actor: ContractorActor; input: unknown; applicationId?: unknown; request?: RequestContext }): Promise<SavedApplication> {
  const actor = assertRole(options.actor, "CONTRACTOR");
  const { applicationId, request } = options;
  if (applicationId !== undefined && applicationId !== null && !isUuid(applicationId)) throw notFound(E.notFound);
  const prisma = getPrisma();
  const data = parseInput(ZReservationDraft, options.input);
  // An unknown ordering body or branch is a field error, not a foreign-key failure.
  const references = reservationRuleIssues(data, { ...(await loadReservationRuleContext(prisma, null)), today: null }, new Set())
    .filter((issue) => (issue.field === "orderingBodyId" && data.orderingBodyId) || (issue.field === "branchId" && data.branchId));
  if (references.length) throw invalidInput(Object.fromEntries(references.map((i) => [i.field, i.message])));
  const record = toReservationRecord(data);
  return prisma.$transaction(async (tx) => {
    const before = applicationId ? await lockOwnReservation(tx, actor, applicationId) : null;
    if (before) await keepReturnedBranch(tx, before, record.branchId ?? null);
    const saved = before
      ? await tx.application.update({ where: { id: before.id }, data: record })
      : await tx.application.create({ data: { ...record, companyId: actor.companyId, createdById: actor.userId } });
    await recordAuditEntry(tx, { actor, action: "application.save-draft", entityType: "Application", entityId: saved.id, after: auditSnapshot({ ...record }), request });
    return { applicationId: saved.id, applicationNumber: saved.applicationNumber };
  });
}

export async function submitReservation(options: {
  actor: ContractorActor;
  input: unknown;
  submissionKey: unknown;
  applicationId?: unknown;
  request?: RequestContext;
  now?: Date;
}): Promise<SavedApplication> {
  const actor = assertRole(options.actor, "CONTRACTOR");
  const { submissionKey, applicationId, request, now = new Date() } = options;
  if (!isUuid(submissionKey)) throw new AppError("VALIDATION", E.badKey);
  if (applicationId !== undefined && applicationId !== null && !isUuid(applicationId)) throw notFound(E.notFound);
  const prisma = getPrisma();
  const data = parseInput(makeZReservationSubmit(await loadReservationRuleContext(prisma, now)), options.input);
  const record = toReservationRecord(data);

  return prisma.$transaction(
    async (tx) => {
      const earlier = await earlierSendOf(tx, actor, submissionKey);
      if (earlier) return earlier;
      const before = applicationId ? await lockOwnReservation(tx, actor, applicationId) : null;
      if (before) await keepReturnedBranch(tx, before, record.branchId ?? null);
      return recordSentApplication(tx, { actor, before, record, audited: record, submissionKey, now, request });
    },
    { maxWait: 15_000, timeout: 20_000, isolationLevel: Prisma.TransactionIsolationLevel.ReadCommitted },
  );
}
