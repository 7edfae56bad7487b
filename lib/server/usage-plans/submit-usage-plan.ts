// 送信 of a 明細書 (当初 or 使途変更) after 申込確認: the open version, as the contractor last saved it
// (revision), must meet every rule of a sent 明細書 — Σ 前払金使用金額 equal to the 前払金額 — and goes to
// the branch that handles the guarantee (送信済（審査待ち）). A second click answers the same.
import { assertRole, type ContractorActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { isUuid } from "@/lib/domain/ids";
import { conflict } from "@/lib/errors";
import { parseInput } from "@/lib/schemas/parse-input";
import { ZUsagePlanBasis } from "@/lib/schemas/usage-plan";
import { recordAuditEntry } from "@/lib/server/audit/record-audit-entry";
import type { RequestContext } from "@/lib/server/request-context";
import { assertCompleteUsagePlan } from "./usage-plan-check";
import { lockUsagePlan } from "./lock-usage-plan";
import { usagePlanRefusals as R } from "./usage-plan-messages";

export async function submitUsagePlan(options: { actor: ContractorActor; planId: string; basis: unknown; request?: RequestContext; now?: Date }): Promise<{ versionNo: number }> {
  const actor = assertRole(options.actor, "CONTRACTOR");
  const basis = parseInput(ZUsagePlanBasis, options.basis);
  return getPrisma().$transaction(async (tx) => {
    const plan = await lockUsagePlan(tx, options.planId, { companyId: actor.companyId });
    // A forged basis (an id that is not one) is a stale form, not a database error.
    if (basis.versionId && !isUuid(basis.versionId)) throw conflict(R.stale);
    const version = await tx.usagePlanVersion.findFirst({ where: { id: basis.versionId || undefined, planId: plan.id } });
    if (!version) throw conflict(R.stale);
    if (version.status === "SUBMITTED" && version.revision === basis.revision) return { versionNo: version.versionNo };
    if (version.openPlanId === null || version.revision !== basis.revision) throw conflict(R.stale);
    await assertCompleteUsagePlan(tx, plan.guaranteeId, version);
    const submittedAt = options.now ?? new Date();
    await tx.usagePlanVersion.update({ where: { id: version.id }, data: { status: "SUBMITTED", submittedAt, companyMessage: null } });
    await recordAuditEntry(tx, {
      actor,
      action: "usage-plan.submit",
      entityType: "UsagePlan",
      entityId: plan.id,
      before: { status: version.status },
      after: { status: "SUBMITTED", versionNo: version.versionNo, kind: version.kind },
      request: options.request,
    });
    return { versionNo: version.versionNo };
  });
}
