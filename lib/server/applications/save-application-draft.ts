// 一時保存: keeps an incomplete application. Only what is filled in must be readable; a new draft
// is created, or the company's own DRAFT / RETURNED application is updated (a returned one stays
// 差戻し until it is sent again, and keeps the branch that returned it). An ordering body or branch
// that is not one of the lists is a field error here too, never a foreign-key failure.
import { assertRole, type ContractorActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { isEditableStatus } from "@/lib/domain/application-status";
import { isUuid } from "@/lib/domain/ids";
import { conflict, invalidInput, notFound } from "@/lib/errors";
import { ZApplicationDraft } from "@/lib/schemas/application";
import { referenceIssues } from "@/lib/schemas/application-rules";
import { parseInput } from "@/lib/schemas/parse-input";
import { auditSnapshot, recordAuditEntry } from "@/lib/server/audit/record-audit-entry";
import type { RequestContext } from "@/lib/server/request-context";
import { APPLICATION_ERRORS as E } from "./application-errors";
import { toApplicationRecord } from "./application-record";
import { loadApplicationRuleContext } from "./application-rule-context";
import { keepReturnedBranch } from "./keep-returned-branch";

type Options = { actor: ContractorActor; input: unknown; applicationId?: unknown; request?: RequestContext };
export type SavedApplication = { applicationId: string; applicationNumber: string | null };

export async function saveApplicationDraft({ actor, input, applicationId, request }: Options): Promise<SavedApplication> {
  assertRole(actor, "CONTRACTOR");
  const record = toApplicationRecord(parseInput(ZApplicationDraft, input));
  if (applicationId !== undefined && applicationId !== null && !isUuid(applicationId)) throw notFound(E.notFound);
  const prisma = getPrisma();
  const unknown = referenceIssues(record, await loadApplicationRuleContext(prisma));
  if (unknown.length > 0) throw invalidInput(Object.fromEntries(unknown.map((issue) => [issue.field, issue.message])));
  const audit = { actor, entityType: "Application", request };

  return prisma.$transaction(async (tx) => {
    if (applicationId) {
      const [current] = await tx.$queryRaw<{ status: string; branchId: string | null }[]>`
        SELECT status, "branchId" FROM "Application" WHERE id = ${applicationId}::uuid AND "companyId" = ${actor.companyId}::uuid AND kind = 'GUARANTEE' FOR UPDATE`;
      if (!current) throw notFound(E.notFound);
      if (!isEditableStatus(current.status as never)) throw conflict(E.notEditable);
      await keepReturnedBranch(tx, current, record.branchId ?? null);
      const saved = await tx.application.update({ where: { id: applicationId }, data: record });
      await recordAuditEntry(tx, { ...audit, action: "application.save-draft", entityId: saved.id, after: auditSnapshot(record) });
      return { applicationId: saved.id, applicationNumber: saved.applicationNumber };
    }
    const created = await tx.application.create({
      data: { ...record, companyId: actor.companyId, createdById: actor.userId, status: "DRAFT" },
    });
    await recordAuditEntry(tx, { ...audit, action: "application.save-draft", entityId: created.id, after: auditSnapshot(record) });
    return { applicationId: created.id, applicationNumber: null };
  });
}
