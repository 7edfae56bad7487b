// コピーして新規作成: a past application of the company becomes a new draft with the same
// contents, to edit and send as a new application. Status, 申込番号, the staff's message and the
// send key are not copied.
import { getPrisma } from "@/lib/db/client";
import { auditSnapshot, recordAuditEntry } from "@/lib/server/audit/record-audit-entry";
import type { RequestContext } from "@/lib/server/request-context";
import { ZApplicationDraft } from "@/lib/schemas/application";
import type { ContractorActor } from "./application-action-result";
import { toApplicationFormValues, toApplicationRecord } from "./application-record";
import { isUuid } from "./find-contractor-application";

/** The new draft's id, or null when the source is not one of the company's applications. */
export async function copyApplication({ actor, sourceId, request }: { actor: ContractorActor; sourceId: unknown; request?: RequestContext }): Promise<string | null> {
  if (!isUuid(sourceId)) return null;
  return getPrisma().$transaction(async (tx) => {
    const source = await tx.application.findFirst({ where: { id: sourceId, companyId: actor.companyId } });
    if (!source) return null;
    // Through the form's own reading, so the copy holds exactly what the form can show and save.
    const record = toApplicationRecord(ZApplicationDraft.parse(toApplicationFormValues(source)));
    const copy = await tx.application.create({
      data: { ...record, companyId: actor.companyId, createdById: actor.userId, status: "DRAFT", copiedFromId: source.id },
    });
    await recordAuditEntry(tx, {
      actor: { id: actor.userId, role: "CONTRACTOR" },
      action: "application.copy",
      entityType: "Application",
      entityId: copy.id,
      after: auditSnapshot({ copiedFromId: source.id }),
      request,
    });
    return copy.id;
  });
}
