// What the 明細書 form of one guarantee opens on: the guarantee (its amount, kind and ordering body's
// switch), and the version to edit — the open one, or for a new 使途変更 the approved one's lines (with
// their items), or nothing for a first 明細書. The basis says which, so a stale save is refused.
import { assertRole, type ContractorActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { isUuid } from "@/lib/domain/ids";
import { notFound } from "@/lib/errors";
import type { TUsagePlanBasis } from "@/lib/schemas/usage-plan";
import { GUARANTEE_FOR_USAGE, guaranteeView, loadUsagePlanView, type UsageGuaranteeView, type UsagePlanVersionView } from "./usage-plan-view";

export type UsagePlanEditor = {
  guarantee: UsageGuaranteeView & { active: boolean };
  planId: string | null;
  kind: "ORIGINAL" | "CHANGE";
  basis: TUsagePlanBasis;
  /** The lines the form starts with (the open version's, or the approved one's for a new 使途変更). */
  start: UsagePlanVersionView | null;
  /** A 使途変更 compares with this. */
  approved: UsagePlanVersionView | null;
  /** Sent and waiting for the branch: nothing to edit. */
  submitted: boolean;
};

export async function getUsagePlanEditor(options: { actor: ContractorActor; guaranteeId: string }): Promise<UsagePlanEditor> {
  const actor = assertRole(options.actor, "CONTRACTOR");
  if (!isUuid(options.guaranteeId)) throw notFound();
  const row = await getPrisma().guarantee.findFirst({
    where: { id: options.guaranteeId, companyId: actor.companyId, kind: { in: ["ADVANCE", "INTERMEDIATE"] } },
    select: { ...GUARANTEE_FOR_USAGE, usagePlan: { select: { id: true } } },
  });
  if (!row) throw notFound();
  const guarantee = { ...guaranteeView(row), active: row.status === "ACTIVE" };
  if (!row.usagePlan) return { guarantee, planId: null, kind: "ORIGINAL", basis: { versionId: "", revision: 0, basedOn: "" }, start: null, approved: null, submitted: false };
  const plan = await loadUsagePlanView({ id: row.usagePlan.id, companyId: actor.companyId });
  const kind = plan.open?.kind ?? (plan.approved ? "CHANGE" : "ORIGINAL");
  return {
    guarantee,
    planId: plan.id,
    kind,
    basis: plan.open ? { versionId: plan.open.id, revision: plan.open.revision, basedOn: "" } : { versionId: "", revision: 0, basedOn: plan.approved?.id ?? "" },
    start: plan.open ?? plan.approved,
    approved: plan.approved,
    submitted: plan.open?.status === "SUBMITTED",
  };
}
