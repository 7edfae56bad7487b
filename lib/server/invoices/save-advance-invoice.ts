// 前払金請求書: the contractor records 請求日 and the 前払金専用口座 of one of its active 前払金保証 /
// 中間前払金保証 (one invoice per guarantee, saved again to change it), with its audit entry. The PDF is
// built from it (build-advance-invoice.ts).
import { assertRole, type ContractorActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { dateOfYmd } from "@/lib/domain/wareki";
import { parseInput } from "@/lib/schemas/parse-input";
import { ZAdvanceInvoice } from "@/lib/schemas/advance-invoice";
import { auditSnapshot, recordAuditEntry } from "@/lib/server/audit/record-audit-entry";
import type { RequestContext } from "@/lib/server/request-context";
import { findInvoiceGuarantee } from "./invoice-guarantee";

export async function saveAdvanceInvoice(options: { actor: ContractorActor; guaranteeId: string; input: unknown; request?: RequestContext }): Promise<void> {
  const actor = assertRole(options.actor, "CONTRACTOR");
  const input = parseInput(ZAdvanceInvoice, options.input);
  await getPrisma().$transaction(async (tx) => {
    const guarantee = await findInvoiceGuarantee(tx, actor.companyId, options.guaranteeId);
    // Two saves at once: the row is unique per guarantee, so the later one updates the earlier.
    await tx.$executeRaw`SELECT id FROM "Guarantee" WHERE id = ${guarantee.id}::uuid FOR UPDATE`;
    const data = { invoiceDate: dateOfYmd(input.invoiceDate), accountType: input.accountType, accountNumber: input.accountNumber, accountHolder: input.accountHolder, updatedById: actor.userId };
    const before = await tx.advanceInvoice.findUnique({ where: { guaranteeId: guarantee.id } });
    const saved = await tx.advanceInvoice.upsert({ where: { guaranteeId: guarantee.id }, create: { ...data, guaranteeId: guarantee.id }, update: data });
    const snapshot = (row: typeof saved | null) => (row ? auditSnapshot({ invoiceDate: row.invoiceDate, accountType: row.accountType, accountNumber: row.accountNumber, accountHolder: row.accountHolder }) : null);
    await recordAuditEntry(tx, { actor, action: "advance-invoice.save", entityType: "Guarantee", entityId: guarantee.id, before: snapshot(before), after: snapshot(saved), request: options.request });
  });
}
