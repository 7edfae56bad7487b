// コピーして新規作成: a past application of the company becomes a new draft with the same
// contents, to edit and send as a new application. Status, 申込番号, the staff's message and the
// send key are not copied.
import { assertRole, type ContractorActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { isUuid } from "@/lib/domain/ids";
import { notFound } from "@/lib/errors";
import { auditSnapshot, recordAuditEntry } from "@/lib/server/audit/record-audit-entry";
import type { RequestContext } from "@/lib/server/request-context";
import { ZApplicationDraft } from "@/lib/schemas/application";
import { toApplicationFormValues, toApplicationRecord } from "./application-record";

/** The new draft's id; a source that is not one of the company's applications is NOT_FOUND. */
export async function copyApplication({ actor, sourceId, request }: { actor: ContractorActor; sourceId: unknown; request?: RequestContext }): Promise<string> {
  assertRole(actor, "CONTRACTOR");
  if (!isUuid(sourceId)) throw notFound();
  return getPrisma().$transaction(async (tx) => {
    // 中間前払金保証 and 契約保証予約 are not copied (each has its own form and parent).
    const source = await tx.application.findFirst({ where: { id: sourceId, companyId: actor.companyId, kind: "GUARANTEE" } });
    if (!source) throw notFound();
    // Through the form's own reading, so the copy holds exactly what the form can show and save.
    const record = toApplicationRecord(ZApplicationDraft.parse(toApplicationFormValues(source)));
    const copy = await tx.application.create({
      data: { ...record, companyId: actor.companyId, createdById: actor.userId, status: "DRAFT", copiedFromId: source.id },
    });
    await recordAuditEntry(tx, {
      actor,
      action: "application.copy",
      entityType: "Application",
      entityId: copy.id,
      after: auditSnapshot({ copiedFromId: source.id }),
      request,
    });
    return copy.id;
  });
}
