// 承認 of a sent 明細書 by the branch that handles its guarantee: the version becomes the one in force
// (UsagePlan.approvedVersionId), its new lines get their stable items (No.), and it is marked forwarded
// to the guarantee's 預託金融機関 (as the certificate names it; the bank reads it in the next issue).
// The rules are checked again against the guarantee as it is now. A repeated click changes nothing.
import { assertRole, type StaffActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { isUuid } from "@/lib/domain/ids";
import { conflict } from "@/lib/errors";
import { recordAuditEntry } from "@/lib/server/audit/record-audit-entry";
import type { RequestContext } from "@/lib/server/request-context";
import { assertCompleteUsagePlan } from "./usage-plan-check";
import { lockUsagePlan } from "./lock-usage-plan";
import { assertPayoutsCovered } from "@/lib/server/payouts/assert-payouts-covered";
import { usagePlanRefusals as R } from "./usage-plan-messages";

export async function approveUsagePlan(options: { actor: StaffActor; planId: string; versionId: string; request?: RequestContext; now?: Date }): Promise<{ forwardedTo: string | null }> {
  const actor = assertRole(options.actor, "SURETY_STAFF");
  return getPrisma().$transaction(async (tx) => {
    const plan = await lockUsagePlan(tx, options.planId, { branchId: actor.branchId });
    const version = isUuid(options.versionId) ? await tx.usagePlanVersion.findFirst({ where: { id: options.versionId, planId: plan.id } }) : null;
    if (!version) throw conflict(R.notSubmitted);
    if (version.status === "APPROVED") return { forwardedTo: version.forwardedTo };
    if (version.status !== "SUBMITTED") throw conflict(R.notSubmitted);
    const { guarantee, lines } = await assertCompleteUsagePlan(tx, plan.guaranteeId, version);
    // A 使途変更 keeps on each line at least what the bank has paid or been asked for (issue 18).
    await assertPayoutsCovered(tx, plan, lines);

    // Lines new in this version get the next numbers of the plan; changed lines keep theirs.
    let nextItemNo = plan.nextItemNo;
    for (const line of lines) {
      if (line.itemId) continue;
      nextItemNo += 1;
      const item = await tx.usagePlanItem.create({ data: { planId: plan.id, itemNo: nextItemNo } });
      await tx.usagePlanLine.update({ where: { id: line.id }, data: { itemId: item.id } });
    }
    const now = options.now ?? new Date();
    await tx.usagePlanVersion.update({
      where: { id: version.id },
      data: { status: "APPROVED", openPlanId: null, decidedAt: now, decidedById: actor.userId, forwardedAt: now, forwardedTo: guarantee.depositBank },
    });
    await tx.usagePlan.update({ where: { id: plan.id }, data: { approvedVersionId: version.id, nextItemNo } });
    await recordAuditEntry(tx, {
      actor,
      action: "usage-plan.approve",
      entityType: "UsagePlan",
      entityId: plan.id,
      before: { status: "SUBMITTED", approvedVersionId: plan.approvedVersionId },
      after: { status: "APPROVED", versionNo: version.versionNo, approvedVersionId: version.id, forwardedTo: guarantee.depositBank },
      request: options.request,
    });
    return { forwardedTo: guarantee.depositBank };
  });
}
