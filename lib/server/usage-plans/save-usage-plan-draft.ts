// 一時保存 of a 前払金使途内訳明細書: the first (当初) one of an issued 前払金保証 / 中間前払金保証, or a
// 使途変更申込 from the approved one. One open version per plan (openPlanId is unique, and the plan row is
// locked first), so two 使途変更申込 started at once: one is created, the other is told. A form saved
// over a newer save is refused (revision), never lost. Lines are checked by the rules a draft must
// meet (each within its 全所要金額, permitted items, the 25% item); the exact total is checked at 送信.
import { assertRole, type ContractorActor } from "@/lib/auth/actor";
import { dateOfYmd } from "@/lib/domain/wareki";
import { getPrisma } from "@/lib/db/client";
import { isUuid } from "@/lib/domain/ids";
import { firstDayOf } from "@/lib/domain/month-input";
import { usagePlanErrors } from "@/lib/domain/usage-plan-rules";
import { conflict, invalidInput, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/schemas/parse-input";
import { ZUsagePlanBasis, ZUsagePlanForm, lineValues } from "@/lib/schemas/usage-plan";
import { auditSnapshot, recordAuditEntry } from "@/lib/server/audit/record-audit-entry";
import type { RequestContext } from "@/lib/server/request-context";
import { lockUsagePlan } from "./lock-usage-plan";
import { usagePlanRefusals as R } from "./usage-plan-messages";
import { GUARANTEE_FOR_USAGE, guaranteeView } from "./usage-plan-view";

export async function saveUsagePlanDraft(options: {
  actor: ContractorActor;
  guaranteeId: string;
  basis: unknown;
  input: unknown;
  request?: RequestContext;
}): Promise<{ planId: string; versionId: string; revision: number }> {
  const actor = assertRole(options.actor, "CONTRACTOR");
  if (!isUuid(options.guaranteeId)) throw notFound();
  const basis = parseInput(ZUsagePlanBasis, options.basis);
  const form = parseInput(ZUsagePlanForm, options.input);

  return getPrisma().$transaction(async (tx) => {
    const guarantee = await tx.guarantee.findFirst({
      where: { id: options.guaranteeId, companyId: actor.companyId, kind: { in: ["ADVANCE", "INTERMEDIATE"] } },
      select: { ...GUARANTEE_FOR_USAGE, branchId: true },
    });
    if (!guarantee) throw notFound();
    if (guarantee.status !== "ACTIVE") throw conflict(R.cancelled);
    await tx.$executeRaw`
      INSERT INTO "UsagePlan" (id, "guaranteeId", "companyId", "branchId", "updatedAt")
      VALUES (gen_random_uuid(), ${guarantee.id}::uuid, ${actor.companyId}::uuid, ${guarantee.branchId}::uuid, now())
      ON CONFLICT ("guaranteeId") DO NOTHING`;
    const { id: planId } = await tx.usagePlan.findUniqueOrThrow({ where: { guaranteeId: guarantee.id }, select: { id: true } });
    const plan = await lockUsagePlan(tx, planId, { companyId: actor.companyId });
    const open = await tx.usagePlanVersion.findUnique({ where: { openPlanId: plan.id } });

    if (basis.versionId) {
      if (!open || open.id !== basis.versionId || open.revision !== basis.revision) throw conflict(R.stale);
      if (open.status === "SUBMITTED") throw conflict(R.notEditable);
    } else {
      if (open) throw conflict(R.alreadyOpen);
      if ((plan.approvedVersionId ?? "") !== basis.basedOn) throw conflict(R.stale);
    }
    const kind = open?.kind ?? (plan.approvedVersionId ? "CHANGE" : "ORIGINAL");

    // The rules of a draft, and for a 使途変更 the lines it changes must be the approved version's.
    const view = guaranteeView(guarantee);
    const lines = form.lines.map(lineValues);
    const errors = usagePlanErrors(lines, { workType: form.workType, guaranteeKind: view.kind, overheadAllowed: view.overheadAllowed, guaranteeAmount: view.amount }, { complete: false });
    let itemIds: (string | null)[] = form.lines.map(() => null);
    if (kind === "CHANGE") {
      if (!form.changeReason) errors.changeReason = R.changeReason;
      const approvedItems = new Set(
        (await tx.usagePlanLine.findMany({ where: { versionId: plan.approvedVersionId!, itemId: { not: null } }, select: { itemId: true } })).map((l) => l.itemId!),
      );
      itemIds = form.lines.map((l) => (l.itemId ? l.itemId : null));
      const seen = new Set<string>();
      itemIds.forEach((id, index) => {
        if (id === null) return;
        if (!approvedItems.has(id) || seen.has(id)) errors[`lines.${index}.category`] = R.unknownItem;
        seen.add(id);
      });
    }
    if (Object.keys(errors).length) throw invalidInput(errors);

    const data = { workType: form.workType, changeReason: kind === "CHANGE" ? form.changeReason : null };
    const version = open
      ? await tx.usagePlanVersion.update({ where: { id: open.id }, data: { ...data, revision: { increment: 1 } } })
      : await tx.usagePlanVersion.create({
          data: {
            ...data,
            planId: plan.id,
            openPlanId: plan.id,
            kind,
            revision: 1,
            versionNo: ((await tx.usagePlanVersion.aggregate({ where: { planId: plan.id }, _max: { versionNo: true } }))._max.versionNo ?? 0) + 1,
            createdById: actor.userId,
          },
        });
    await tx.usagePlanLine.deleteMany({ where: { versionId: version.id } });
    await tx.usagePlanLine.createMany({
      data: lines.map((line, position) => ({
        versionId: version.id,
        itemId: itemIds[position],
        position,
        category: line.category,
        detail: line.detail,
        quantity: line.quantity,
        totalAmount: line.totalAmount,
        advanceAmount: line.advanceAmount,
        payoutMethod: line.payoutMethod,
        scheduledMonth: dateOfYmd(firstDayOf(line.scheduledMonth)),
        payeeKind: line.payeeKind,
        payee: line.payee,
      })),
    });
    await recordAuditEntry(tx, {
      actor,
      action: "usage-plan.save-draft",
      entityType: "UsagePlan",
      entityId: plan.id,
      after: auditSnapshot({ versionNo: version.versionNo, kind, workType: form.workType, changeReason: data.changeReason, lines }),
      request: options.request,
    });
    return { planId: plan.id, versionId: version.id, revision: version.revision };
  });
}
