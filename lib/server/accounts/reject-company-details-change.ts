// 請負者の登録・招待 → 登録情報の変更申請 → 却下 (staff): the company's details stay as registered; the
// contractor sees the reason in お客様情報 and may ask again.
import { getPrisma } from "@/lib/db/client";
import { ZRejectCompanyDetailsChange } from "@/lib/schemas/account";
import { parseInput } from "@/lib/schemas/parse-input";
import { assertRole, type StaffActor } from "@/lib/auth/actor";
import { auditSnapshot, recordAuditEntry } from "@/lib/server/audit/record-audit-entry";
import type { RequestContext } from "@/lib/server/request-context";
import { lockOpenDetailsChange } from "./lock-open-details-change";

export async function rejectCompanyDetailsChange(options: { actor: StaffActor; requestId: unknown; input: unknown; request?: RequestContext }): Promise<void> {
  const actor = assertRole(options.actor, "SURETY_STAFF");
  const { reason } = parseInput(ZRejectCompanyDetailsChange, options.input);
  await getPrisma().$transaction(async (tx) => {
    const open = await lockOpenDetailsChange(tx, options.requestId);
    await tx.companyDetailsChangeRequest.update({
      where: { id: open.id },
      data: { status: "REJECTED", openCompanyId: null, decidedById: actor.userId, decidedAt: new Date(), rejectionReason: reason },
    });
    await recordAuditEntry(tx, {
      actor,
      action: "contractor-company.reject-change",
      entityType: "contractor-company",
      entityId: open.companyId,
      before: auditSnapshot(open.after as Record<string, unknown>),
      after: auditSnapshot({ reason }),
      request: options.request,
    });
  });
}
