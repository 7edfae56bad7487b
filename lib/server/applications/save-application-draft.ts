// 一時保存: keeps an incomplete application. Only what is filled in must be readable; a new draft
// is created, or the company's own DRAFT / RETURNED application is updated (a returned one stays
// 差戻し until it is sent again).
import { getPrisma } from "@/lib/db/client";
import { isEditableStatus } from "@/lib/domain/application-status";
import { auditSnapshot, recordAuditEntry } from "@/lib/server/audit/record-audit-entry";
import type { RequestContext } from "@/lib/server/request-context";
import { ZApplicationDraft, fieldErrorsOf } from "@/lib/schemas/application";
import { APPLICATION_FORM_ERRORS as E, refused, type ApplicationActionResult, type ContractorActor } from "./application-action-result";
import { toApplicationRecord } from "./application-record";
import { isUuid } from "./find-contractor-application";

type Options = { actor: ContractorActor; input: unknown; applicationId?: unknown; request?: RequestContext };

export async function saveApplicationDraft({ actor, input, applicationId, request }: Options): Promise<ApplicationActionResult> {
  const parsed = ZApplicationDraft.safeParse(input);
  if (!parsed.success) {
    const { fieldErrors, formErrors } = fieldErrorsOf(parsed.error);
    return refused(fieldErrors, formErrors[0] ?? E.fieldErrors);
  }
  if (applicationId !== undefined && applicationId !== null && !isUuid(applicationId)) return refused({}, E.notFound);
  const record = toApplicationRecord(parsed.data);
  const audit = { actor: { id: actor.userId, role: "CONTRACTOR" as const }, entityType: "Application", request };

  return getPrisma().$transaction(async (tx) => {
    if (applicationId) {
      const [current] = await tx.$queryRaw<{ status: string }[]>`
        SELECT status FROM "Application" WHERE id = ${applicationId}::uuid AND "companyId" = ${actor.companyId}::uuid FOR UPDATE`;
      if (!current) return refused({}, E.notFound);
      if (!isEditableStatus(current.status as never)) return refused({}, E.notEditable);
      const saved = await tx.application.update({ where: { id: applicationId }, data: record });
      await recordAuditEntry(tx, { ...audit, action: "application.save-draft", entityId: saved.id, after: auditSnapshot(record) });
      return { ok: true, applicationId: saved.id, applicationNumber: saved.applicationNumber };
    }
    const created = await tx.application.create({
      data: { ...record, companyId: actor.companyId, createdById: actor.userId, status: "DRAFT" },
    });
    await recordAuditEntry(tx, { ...audit, action: "application.save-draft", entityId: created.id, after: auditSnapshot(record) });
    return { ok: true, applicationId: created.id, applicationNumber: null };
  });
}
