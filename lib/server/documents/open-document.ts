// A document's bytes for download, by the contractor company that sent it or the staff of the branch
// that handles it, or the 預託金融機関 the guarantee is deposited with, for the evidence of a 明細書 line. Anyone else, a malformed id and a
// missing one: NOT_FOUND. Every download is audited, in the same transaction as the read.
import type { BankActor, ContractorActor, StaffActor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/db/client";
import { getPrisma } from "@/lib/db/client";
import { isUuid } from "@/lib/domain/ids";
import { notFound } from "@/lib/errors";
import { recordAuditEntry } from "@/lib/server/audit/record-audit-entry";
import type { RequestContext } from "@/lib/server/request-context";

export type DocumentFile = { fileName: string; contentType: string; bytes: Uint8Array; sha256: string };

export async function openDocument(options: { actor: ContractorActor | StaffActor | BankActor; documentId: string; request?: RequestContext }): Promise<DocumentFile> {
  const { actor } = options;
  if (!isUuid(options.documentId)) throw notFound();
  const scope: Prisma.SubmittedDocumentWhereInput | null =
    actor.role === "CONTRACTOR"
      ? { companyId: actor.companyId }
      : actor.role === "SURETY_STAFF"
        ? { branchId: actor.branchId }
        : actor.role === "BANK_USER"
          ? { usagePlanItem: { plan: { guarantee: { depositBankBranchId: actor.bankBranchId } } } }
          : null;
  if (!scope) throw notFound();
  return getPrisma().$transaction(async (tx) => {
    const document = await tx.submittedDocument.findFirst({
      where: { id: options.documentId, ...scope },
      select: { id: true, fileName: true, contentType: true, content: true, sha256: true },
    });
    if (!document) throw notFound();
    await recordAuditEntry(tx, {
      actor,
      action: "document.download",
      entityType: "SubmittedDocument",
      entityId: document.id,
      after: { fileName: document.fileName, sha256: document.sha256 },
      request: options.request,
    });
    return { fileName: document.fileName, contentType: document.contentType, bytes: document.content, sha256: document.sha256 };
  });
}
