// お客様情報: a contractor's users edit their own company's 電話番号, 代表メールアドレス and 連絡先 (the
// application form reads them as defaults). 会社名・代表者・所在地 are not among them: a change of those is
// a request staff confirm (request-company-details-change.ts), so fields of that kind in the payload are
// ignored here.
import { getPrisma } from "@/lib/db/client";
import { ZCompanyContact } from "@/lib/schemas/account";
import { parseInput } from "@/lib/schemas/parse-input";
import { assertRole, type ContractorActor } from "@/lib/auth/actor";
import { auditSnapshot, recordAuditEntry } from "@/lib/server/audit/record-audit-entry";
import type { RequestContext } from "@/lib/server/request-context";

export async function updateCompanyProfile(options: { actor: ContractorActor; input: unknown; request?: RequestContext }): Promise<void> {
  const actor = assertRole(options.actor, "CONTRACTOR");
  const input = parseInput(ZCompanyContact, options.input);
  await getPrisma().$transaction(async (tx) => {
    const before = await tx.contractorCompany.findUniqueOrThrow({ where: { id: actor.companyId } });
    const after = await tx.contractorCompany.update({ where: { id: actor.companyId }, data: input });
    await recordAuditEntry(tx, {
      actor,
      action: "contractor-company.update",
      entityType: "contractor-company",
      entityId: after.id,
      before: auditSnapshot(before),
      after: auditSnapshot(after),
      request: options.request,
    });
  });
}
