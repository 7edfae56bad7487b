// お客様情報 → 登録情報の変更を申請: a contractor asks the guarantee company to change its 会社名・代表者・
// 所在地 (printed on certificates). Nothing of the company row changes until staff approve; one request
// per company is open at a time (a second one is refused until the first is approved or rejected).
import { getPrisma } from "@/lib/db/client";
import { changedDetailFields, registeredDetailsOf } from "@/lib/domain/company-details";
import { AppError, conflict } from "@/lib/errors";
import { ZCompanyRegisteredDetails } from "@/lib/schemas/account";
import { parseInput } from "@/lib/schemas/parse-input";
import { assertRole, type ContractorActor } from "@/lib/auth/actor";
import { auditSnapshot, recordAuditEntry } from "@/lib/server/audit/record-audit-entry";
import type { RequestContext } from "@/lib/server/request-context";

export const DETAILS_CHANGE_ALREADY_OPEN = "申請中の登録情報の変更があります。保証会社の確認（承認または却下）をお待ちください。";

export async function requestCompanyDetailsChange(options: { actor: ContractorActor; input: unknown; request?: RequestContext }): Promise<string> {
  const actor = assertRole(options.actor, "CONTRACTOR");
  const after = parseInput(ZCompanyRegisteredDetails, options.input);
  return getPrisma().$transaction(async (tx) => {
    // Lock order (as approval and rejection): the company row, then its requests. Two users or two tabs
    // asking at once queue here; the unique openCompanyId backs "one open request" up in the database.
    await tx.$executeRaw`SELECT 1 FROM "ContractorCompany" WHERE id = ${actor.companyId}::uuid FOR UPDATE`;
    if (await tx.companyDetailsChangeRequest.findUnique({ where: { openCompanyId: actor.companyId }, select: { id: true } })) {
      throw conflict(DETAILS_CHANGE_ALREADY_OPEN);
    }
    const before = registeredDetailsOf(await tx.contractorCompany.findUniqueOrThrow({ where: { id: actor.companyId } }));
    if (changedDetailFields(before, after).length === 0) throw new AppError("VALIDATION", "変更する内容がありません（現在の登録内容と同じです）。");
    const created = await tx.companyDetailsChangeRequest.create({
      data: { companyId: actor.companyId, openCompanyId: actor.companyId, before, after, requestedById: actor.userId },
    });
    await recordAuditEntry(tx, {
      actor,
      action: "contractor-company.request-change",
      entityType: "contractor-company",
      entityId: actor.companyId,
      before: auditSnapshot(before),
      after: auditSnapshot(after),
      request: options.request,
    });
    return created.id;
  });
}
