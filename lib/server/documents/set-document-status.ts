// 受付 of a sent document by the staff of its branch: 受付済, or 不備あり with what is wrong (the
// contractor sees both on 「送信した書類」). Another branch's document: NOT_FOUND.
import { assertRole, type StaffActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { isUuid } from "@/lib/domain/ids";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/schemas/parse-input";
import { ZDocumentStatus } from "@/lib/schemas/document-upload";
import { recordAuditEntry } from "@/lib/server/audit/record-audit-entry";
import type { RequestContext } from "@/lib/server/request-context";

export async function setDocumentStatus(options: { actor: StaffActor; documentId: string; input: unknown; request?: RequestContext; now?: Date }): Promise<void> {
  const actor = assertRole(options.actor, "SURETY_STAFF");
  if (!isUuid(options.documentId)) throw notFound();
  const input = parseInput(ZDocumentStatus, options.input);
  await getPrisma().$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ status: string }[]>`
      SELECT status::text FROM "SubmittedDocument" WHERE id = ${options.documentId}::uuid AND "branchId" = ${actor.branchId}::uuid FOR UPDATE`;
    if (rows.length === 0) throw notFound();
    const statusMessage = input.status === "REJECTED" ? input.message : null;
    await tx.submittedDocument.update({
      where: { id: options.documentId },
      data: { status: input.status, statusMessage, statusSetById: actor.userId, statusSetAt: options.now ?? new Date() },
    });
    await recordAuditEntry(tx, {
      actor,
      action: "document.set-status",
      entityType: "SubmittedDocument",
      entityId: options.documentId,
      before: { status: rows[0]!.status },
      after: { status: input.status, statusMessage },
      request: options.request,
    });
  });
}
