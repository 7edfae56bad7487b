// The staff's 明細書 inbox: versions sent to the branch and waiting (送信済（審査待ち）), oldest first,
// then the latest decided ones. Only plans of guarantees the branch handles.
import { assertRole, type StaffActor } from "@/lib/auth/actor";
import { getPrisma, type Prisma } from "@/lib/db/client";
import type { UsagePlanStatus, UsagePlanVersionKind } from "@/lib/domain/enums";

export type BranchUsagePlanRow = {
  planId: string;
  versionNo: number;
  kind: UsagePlanVersionKind;
  status: UsagePlanStatus;
  submittedAt: Date | null;
  decidedAt: Date | null;
  contractNumber: string;
  companyName: string;
  projectName: string;
  amount: bigint;
};

const SELECT = {
  versionNo: true,
  kind: true,
  status: true,
  submittedAt: true,
  decidedAt: true,
  plan: { select: { id: true, guarantee: { select: { contractNumber: true, projectName: true, amount: true, company: { select: { name: true } } } } } },
} satisfies Prisma.UsagePlanVersionSelect;

const row = (v: Prisma.UsagePlanVersionGetPayload<{ select: typeof SELECT }>): BranchUsagePlanRow => ({
  planId: v.plan.id,
  versionNo: v.versionNo,
  kind: v.kind,
  status: v.status,
  submittedAt: v.submittedAt,
  decidedAt: v.decidedAt,
  contractNumber: v.plan.guarantee.contractNumber,
  companyName: v.plan.guarantee.company.name,
  projectName: v.plan.guarantee.projectName,
  amount: v.plan.guarantee.amount,
});

export async function listBranchUsagePlans(options: { actor: StaffActor }): Promise<{ waiting: BranchUsagePlanRow[]; decided: BranchUsagePlanRow[] }> {
  const actor = assertRole(options.actor, "SURETY_STAFF");
  const prisma = getPrisma();
  const [waiting, decided] = await Promise.all([
    prisma.usagePlanVersion.findMany({ where: { status: "SUBMITTED", plan: { branchId: actor.branchId } }, orderBy: { submittedAt: "asc" }, take: 200, select: SELECT }),
    prisma.usagePlanVersion.findMany({
      where: { status: { in: ["APPROVED", "RETURNED"] }, decidedAt: { not: null }, plan: { branchId: actor.branchId } },
      orderBy: { decidedAt: "desc" },
      take: 20,
      select: SELECT,
    }),
  ]);
  return { waiting: waiting.map(row), decided: decided.map(row) };
}
