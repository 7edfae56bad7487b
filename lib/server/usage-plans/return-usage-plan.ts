// 差戻し of a sent 明細書 with a message: the contractor corrects the version and sends it again. The
// approved version in force (if any) stays in force meanwhile.
import { assertRole, type StaffActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { isUuid } from "@/lib/domain/ids";
import { conflict } from "@/lib/errors";
import { parseInput } from "@/lib/schemas/parse-input";
import { ZReturnUsagePlan } from "@/lib/schemas/usage-plan";
import { recordAuditEntry } from "@/lib/server/audit/record-audit-entry";
import type { RequestContext } from "@/lib/server/request-context";
import { lockUsagePlan } from "./lock-usage-plan";
import { usagePlanRefusals as R } from "./usage-plan-messages";

export async function returnUsagePlan(options: { actor: StaffActor; planId: string; versionId: string; input: unknown; request?: RequestContext; now?: Date }): Promise<void> {
  const actor = assertRole(options.actor, "SURETY_STAFF");
  const { message } = parseInput(ZReturnUsagePlan, options.input);
  await getPrisma().$transaction(async (tx) => {
    const plan = await lockUsagePlan(tx, options.planId, { branchId: actor.branchId });
    const version = isUuid(options.versionId) ? await tx.usagePlanVersion.findFirst({ where: { id: options.versionId, planId: plan.id } }) : null;
    if (version?.status !== "SUBMITTED") throw conflict(R.notSubmitted);
    await tx.usagePlanVersion.update({
      where: { id: version.id },
      data: { status: "RETURNED", companyMessage: message, decidedAt: options.now ?? new Date(), decidedById: actor.userId, revision: { increment: 1 } },
    });
    await recordAuditEntry(tx, {
      actor,
      action: "usage-plan.return",
      entityType: "UsagePlan",
      entityId: plan.id,
      before: { status: "SUBMITTED" },
      after: { status: "RETURNED", versionNo: version.versionNo, companyMessage: message },
      request: options.request,
    });
  });
}
