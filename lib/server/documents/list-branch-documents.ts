// The documents sent to the staff's branch (for its applications, guarantees and 明細書 lines):
// 受付待ち first, then the rest, newest first.
import { assertRole, type StaffActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { DOCUMENT_ROW_SELECT, documentRow, type DocumentRow } from "./document-rows";

export type BranchDocumentRow = DocumentRow & { companyName: string };

export async function listBranchDocuments(options: { actor: StaffActor; take?: number }): Promise<BranchDocumentRow[]> {
  const actor = assertRole(options.actor, "SURETY_STAFF");
  const rows = await getPrisma().submittedDocument.findMany({
    where: { branchId: actor.branchId },
    orderBy: [{ status: "asc" }, { uploadedAt: "desc" }],
    take: options.take ?? 200,
    select: { ...DOCUMENT_ROW_SELECT, companyId: true },
  });
  const companies = await getPrisma().contractorCompany.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.companyId))] } }, select: { id: true, name: true } });
  const names = new Map(companies.map((c) => [c.id, c.name]));
  return rows.map(({ companyId, ...r }) => ({ ...documentRow(r), companyName: names.get(companyId) ?? "" }));
}
