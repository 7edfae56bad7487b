// 一括納付 (branch staff): a contractor company's monthly billing arrangement. With it, a guarantee whose
// 保証料支払方法 is 一括納付 issues before its fee is received; the fee goes on the company's monthly statement.
// Companies are shared by every branch (like 請負者の登録), so any branch's staff may set it.
import { getPrisma } from "@/lib/db/client";
import { assertRole, type StaffActor } from "@/lib/auth/actor";
import { isUuid } from "@/lib/domain/ids";
import { notFound } from "@/lib/errors";
import { ZLumpSumBilling } from "@/lib/schemas/fee";
import { parseInput } from "@/lib/schemas/parse-input";
import { recordAuditEntry } from "@/lib/server/audit/record-audit-entry";
import type { RequestContext } from "@/lib/server/request-context";

export async function setLumpSumBilling(options: { actor: StaffActor; companyId: string; input: unknown; request?: RequestContext }): Promise<boolean> {
  const actor = assertRole(options.actor, "SURETY_STAFF");
  if (!isUuid(options.companyId)) throw notFound();
  const { lumpSumBilling } = parseInput(ZLumpSumBilling, options.input);
  return getPrisma().$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ lumpSumBilling: boolean }[]>`SELECT "lumpSumBilling" FROM "ContractorCompany" WHERE id = ${options.companyId}::uuid FOR UPDATE`;
    if (rows.length === 0) throw notFound();
    const before = rows[0]!.lumpSumBilling;
    if (before === lumpSumBilling) return lumpSumBilling;
    await tx.contractorCompany.update({ where: { id: options.companyId }, data: { lumpSumBilling } });
    await recordAuditEntry(tx, {
      actor, action: "contractor-company.set-lump-sum-billing", entityType: "ContractorCompany", entityId: options.companyId,
      before: { lumpSumBilling: before }, after: { lumpSumBilling }, request: options.request,
    });
    return lumpSumBilling;
  });
}
