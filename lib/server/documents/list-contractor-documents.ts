// 「送信した書類」: the company's documents, newest first, with their 受付 status.
import { assertRole, type ContractorActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { DOCUMENT_ROW_SELECT, documentRow, type DocumentRow } from "./document-rows";

export async function listContractorDocuments(options: { actor: ContractorActor; take?: number }): Promise<DocumentRow[]> {
  const actor = assertRole(options.actor, "CONTRACTOR");
  const rows = await getPrisma().submittedDocument.findMany({ where: { companyId: actor.companyId }, orderBy: { uploadedAt: "desc" }, take: options.take ?? 100, select: DOCUMENT_ROW_SELECT });
  return rows.map(documentRow);
}
