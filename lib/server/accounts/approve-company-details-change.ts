// 請負者の登録・招待 → 登録情報の変更申請 → 承認 (staff): the company's 会社名・代表者・所在地 become the ones
// requested, so certificates issued from now on carry them (those already issued keep theirs: they are
// signed). Any branch's staff may approve today; once the administrator role exists this is theirs.
import { getPrisma } from "@/lib/db/client";
import { registeredDetailsOf } from "@/lib/domain/company-details";
import { assertRole, type StaffActor } from "@/lib/auth/actor";
import { auditSnapshot, recordAuditEntry } from "@/lib/server/audit/record-audit-entry";
import type { RequestContext } from "@/lib/server/request-context";
import { lockOpenDetailsChange } from "./lock-open-details-change";

export async function approveCompanyDetailsChange(options: { actor: StaffActor; requestId: unknown; request?: RequestContext }): Promise<void> {
  const actor = assertRole(options.actor, "SURETY_STAFF");
  await getPrisma().$transaction(async (tx) => {
    const open = await lockOpenDetailsChange(tx, options.requestId);
    const before = registeredDetailsOf(open.company);
    const after = registeredDetailsOf(open.after as Record<string, unknown>);
    await tx.contractorCompany.update({ where: { id: open.companyId }, data: after });
    await tx.companyDetailsChangeRequest.update({
      where: { id: open.id },
      data: { status: "APPROVED", openCompanyId: null, decidedById: actor.userId, decidedAt: new Date() },
    });
    await recordAuditEntry(tx, {
      actor,
      action: "contractor-company.approve-change",
      entityType: "contractor-company",
      entityId: open.companyId,
      before: auditSnapshot(before),
      after: auditSnapshot(after),
      request: options.request,
    });
  });
}
