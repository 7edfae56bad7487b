// The staff's 保証料 desk: 計算書の郵送 tasks of the branch (statements wanted on paper, not yet posted), the
// companies (shared by every branch) with their 一括納付 setting, and their 一括納付 months.
import { getPrisma, type Prisma } from "@/lib/db/client";
import { assertRole, type StaffActor } from "@/lib/auth/actor";
import { monthlyStatementsOf } from "./list-contractor-fee-statements";

/** 保証料計算書 wanted on paper and not yet posted (the current one of each: a 訂正 replaces it); the dashboard counts the same. */
export const feeStatementsToMailWhere = (branchId: string): Prisma.FeeStatementWhereInput => ({ paperWanted: true, mailedAt: null, replacedById: null, guarantee: { branchId } });

export async function listBranchFeeTasks(options: { actor: StaffActor }) {
  const actor = assertRole(options.actor, "SURETY_STAFF");
  const prisma = getPrisma();
  const [mailTasks, companies] = await Promise.all([
    prisma.feeStatement.findMany({
      where: feeStatementsToMailWhere(actor.branchId),
      orderBy: { createdAt: "asc" },
      include: { guarantee: { select: { contractNumber: true, projectName: true } }, company: { select: { name: true, postalCode: true, address: true } } },
    }),
    prisma.contractorCompany.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, lumpSumBilling: true } }),
  ]);
  const months = await Promise.all(companies.filter((c) => c.lumpSumBilling).map(async (c) => ({ company: c, months: await monthlyStatementsOf(prisma, c.id) })));
  return { mailTasks, companies, months: months.filter((m) => m.months.length > 0) };
}
