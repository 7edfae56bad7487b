// 書類送信: a contractor's PDF, JPEG or PNG (type from the bytes, ≤ 10 MB), attached to one of its
// company's applications (sent to a branch), guarantees or approved 明細書 lines, kept in PostgreSQL with
// its SHA-256, in one transaction with its audit entry. The target's id is looked up in the company's
// scope (another company's: NOT_FOUND), and the branch that handles it is the branch whose staff see it.
import { createHash } from "node:crypto";
import { assertRole, type ContractorActor } from "@/lib/auth/actor";
import { getPrisma, type Prisma } from "@/lib/db/client";
import { documentFileProblem, sniffFileType } from "@/lib/domain/file-type";
import { isUuid } from "@/lib/domain/ids";
import { withoutNul } from "@/lib/domain/without-nul";
import { invalidInput, notFound } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/schemas/parse-input";
import { ZDocumentUpload, type TDocumentUpload } from "@/lib/schemas/document-upload";
import { recordAuditEntry } from "@/lib/server/audit/record-audit-entry";
import type { RequestContext } from "@/lib/server/request-context";

export type UploadedFile = { name: string; bytes: Uint8Array } | null;

/** The branch that handles the target, and the column it is attached by; NOT_FOUND outside the company. */
async function targetOf(tx: Prisma.TransactionClient, companyId: string, target: TDocumentUpload["target"]) {
  if (!isUuid(target.id)) throw notFound();
  if (target.type === "application") {
    const a = await tx.application.findFirst({ where: { id: target.id, companyId, status: { not: "DRAFT" }, branchId: { not: null } }, select: { branchId: true } });
    if (!a) throw notFound();
    return { branchId: a.branchId!, link: { applicationId: target.id } };
  }
  if (target.type === "guarantee") {
    const g = await tx.guarantee.findFirst({ where: { id: target.id, companyId }, select: { branchId: true } });
    if (!g) throw notFound();
    return { branchId: g.branchId, link: { guaranteeId: target.id } };
  }
  const item = await tx.usagePlanItem.findFirst({ where: { id: target.id, plan: { companyId } }, select: { plan: { select: { branchId: true } } } });
  if (!item) throw notFound();
  return { branchId: item.plan.branchId, link: { usagePlanItemId: target.id } };
}

/** A name to show and to download under: no path, no control characters, at most 200 characters. */
function cleanFileName(name: string, extension: string): string {
  const base = withoutNul(name).replace(/^.*[\\/]/, "").replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(0, 200);
  return base || `document.${extension}`;
}

export async function uploadDocument(options: { actor: ContractorActor; input: unknown; file: UploadedFile; request?: RequestContext; now?: Date }): Promise<{ id: string; sha256: string }> {
  const actor = assertRole(options.actor, "CONTRACTOR");
  // The fields' and the file's messages together, so the form shows every problem at once.
  const problem = documentFileProblem(options.file?.bytes ?? null);
  const parsed = ZDocumentUpload.safeParse(options.input);
  if (!parsed.success || problem || !options.file) {
    const fieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error).fieldErrors;
    throw invalidInput(problem ? { ...fieldErrors, file: problem } : fieldErrors);
  }
  const input = parsed.data;
  const { bytes } = options.file;
  const type = sniffFileType(bytes)!;
  const sha256 = createHash("sha256").update(bytes).digest("hex");

  return getPrisma().$transaction(async (tx) => {
    const target = await targetOf(tx, actor.companyId, input.target);
    const fileName = cleanFileName(options.file!.name, type.extension);
    const document = await tx.submittedDocument.create({
      data: {
        companyId: actor.companyId,
        branchId: target.branchId,
        ...target.link,
        kind: input.kind,
        note: input.note,
        fileName,
        contentType: type.contentType,
        size: bytes.length,
        sha256,
        content: Buffer.from(bytes),
        uploadedById: actor.userId,
        uploadedAt: options.now ?? new Date(),
      },
      select: { id: true },
    });
    await recordAuditEntry(tx, {
      actor,
      action: "document.upload",
      entityType: "SubmittedDocument",
      entityId: document.id,
      after: { fileName, contentType: type.contentType, size: bytes.length, sha256, kind: input.kind, target: `${input.target.type}:${input.target.id}` },
      request: options.request,
    });
    return { id: document.id, sha256 };
  });
}
