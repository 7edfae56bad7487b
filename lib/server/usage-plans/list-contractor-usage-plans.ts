// 前払金使途内訳明細書 (contractor menu): the company's 前払金保証 and 中間前払金保証, newest first, each
// with the state of its 明細書 (none yet, the open version, the approved one in force).
import { assertRole, type ContractorActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import type { GuaranteeKind, GuaranteeStatus, UsagePlanStatus, UsagePlanVersionKind } from "@/lib/domain/enums";

export type ContractorUsagePlanRow = {
  guaranteeId: string;
  contractNumber: string;
  kind: GuaranteeKind;
  status: GuaranteeStatus;
  projectName: string;
  amount: bigint;
  planId: string | null;
  approvedVersionNo: number | null;
  open: { status: UsagePlanStatus; kind: UsagePlanVersionKind } | null;
};

export const USAGE_PLAN_LIST_LIMIT = 200;

export async function listContractorUsagePlans(options: { actor: ContractorActor }): Promise<ContractorUsagePlanRow[]> {
  const actor = assertRole(options.actor, "CONTRACTOR");
  const rows = await getPrisma().guarantee.findMany({
    where: { companyId: actor.companyId, kind: { in: ["ADVANCE", "INTERMEDIATE"] } },
    orderBy: { issuedAt: "desc" },
    take: USAGE_PLAN_LIST_LIMIT,
    select: {
      id: true,
      contractNumber: true,
      kind: true,
      status: true,
      projectName: true,
      amount: true,
      usagePlan: {
        select: {
          id: true,
          approvedVersion: { select: { versionNo: true } },
          versions: { where: { openPlanId: { not: null } }, select: { status: true, kind: true } },
        },
      },
    },
  });
  return rows.map((g) => ({
    guaranteeId: g.id,
    contractNumber: g.contractNumber,
    kind: g.kind,
    status: g.status,
    projectName: g.projectName,
    amount: g.amount,
    planId: g.usagePlan?.id ?? null,
    approvedVersionNo: g.usagePlan?.approvedVersion?.versionNo ?? null,
    open: g.usagePlan?.versions[0] ?? null,
  }));
}
