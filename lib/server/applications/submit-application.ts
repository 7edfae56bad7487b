// 送信する: re-validates on the server against the database (ordering body limits, 電子保証対応,
// branches), then in ONE transaction writes the application as 送信済（受付待ち）, routed to the
// chosen branch, with its 申込番号 and an audit entry.
//
// Exactly once: every form carries a submissionKey (unique in the database). Sends with the same key
// are serialised by a transaction-scoped advisory lock on the key, and a draft or returned
// application is locked FOR UPDATE, so a double click, a second tab or a replayed request finds
// the first send and answers with it instead of writing another application.
import { assertRole, type ContractorActor } from "@/lib/auth/actor";
import { getPrisma, Prisma } from "@/lib/db/client";
import { isEditableStatus } from "@/lib/domain/application-status";
import { isUuid } from "@/lib/domain/ids";
import { AppError, conflict, notFound } from "@/lib/errors";
import { auditSnapshot, recordAuditEntry } from "@/lib/server/audit/record-audit-entry";
import type { RequestContext } from "@/lib/server/request-context";
import { makeZApplicationSubmit } from "@/lib/schemas/application";
import { parseInput } from "@/lib/schemas/parse-input";
import { APPLICATION_ERRORS as E } from "./application-errors";
import { toApplicationRecord } from "./application-record";
import { loadApplicationRuleContext } from "./application-rule-context";
import { earlierSendOf } from "./earlier-send";
import { keepReturnedBranch } from "./keep-returned-branch";
import { keepReservedAmount } from "@/lib/server/bond/keep-reserved-amount";
import { recordSentApplication } from "@/lib/server/applications/record-sent-application";
import type { SavedApplication } from "./save-application-draft";

type Options = {
  actor: ContractorActor;
  input: unknown;
  submissionKey: unknown;
  applicationId?: unknown; // the draft or returned application being sent
  request?: RequestContext;
  now?: Date;
};

type Locked = { id: string; status: string; submissionKey: string | null; applicationNumber: string | null; branchId: string | null; reservationId: string | null };

export async function submitApplication({ actor, input, submissionKey, applicationId, request, now = new Date() }: Options): Promise<SavedApplication> {
  assertRole(actor, "CONTRACTOR");
  const prisma = getPrisma();
  if (!isUuid(submissionKey)) throw new AppError("VALIDATION", E.badKey);
  if (applicationId !== undefined && applicationId !== null && !isUuid(applicationId)) throw notFound(E.notFound);
  const rules = await loadApplicationRuleContext(prisma, now);
  const record = toApplicationRecord(parseInput(makeZApplicationSubmit(rules), input));

  return prisma.$transaction(
    async (tx) => {
      // The same send again: answer with what the first one wrote.
      const earlier = await earlierSendOf(tx, actor, submissionKey);
      if (earlier) return earlier;

      let before: Locked | null = null;
      if (applicationId) {
        const [row] = await tx.$queryRaw<Locked[]>`
          SELECT id, status::text AS status, "submissionKey", "applicationNumber", "branchId", "reservationId" FROM "Application"
          WHERE id = ${applicationId}::uuid AND "companyId" = ${actor.companyId}::uuid AND kind = 'GUARANTEE' FOR UPDATE`;
        if (!row) throw notFound(E.notFound);
        if (!isEditableStatus(row.status as never)) throw conflict(E.notEditable);
        // A returned application goes back to the branch that returned it.
        await keepReturnedBranch(tx, row, record.branchId ?? null);
        // A 保証申込 made from a 契約保証予約 asks for at least the reserved 契約保証.
        if (row.reservationId) await keepReservedAmount(tx, row.reservationId, record);
        before = row;
      }

      // A returned application keeps its 申込番号 when sent again (recordSentApplication).
      return recordSentApplication(tx, { actor, before, record, audited: record, submissionKey, now, request });
    },
    // Twenty sends of one form wait for each other's lock: give them time for a connection and the lock.
    { maxWait: 15_000, timeout: 20_000, isolationLevel: Prisma.TransactionIsolationLevel.ReadCommitted },
  );
}
