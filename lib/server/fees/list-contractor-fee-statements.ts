// 保証料計算書一覧: every statement of the contractor's company (保証料計算書, 追加, 返還; replaced ones marked),
// searched like 保証契約一覧 (保証契約番号 / 期間 on the 作成日 / 保証種類 / 工事名), 20 a page; and its 一括納付
// months with their totals, due dates and whether staff recorded the payment.
import { getPrisma, type Prisma } from "@/lib/db/client";
import { assertRole, type ContractorActor } from "@/lib/auth/actor";
import { lumpSumDueDate } from "@/lib/domain/fee-calculation";
import { escapeLike } from "@/lib/domain/search-text";
import { GUARANTEE_LIST_PAGE_SIZE, type TGuaranteeListFilter } from "@/lib/schemas/guarantee-list-filter";

export function feeStatementListWhere(companyId: string, filter: TGuaranteeListFilter): Prisma.FeeStatementWhereInput {
  if (filter.mode === "pinpoint") return { companyId, guarantee: { contractNumber: filter.contractNumber } };
  const guarantee: Prisma.GuaranteeWhereInput = {};
  if (filter.kind) guarantee.kind = filter.kind;
  if (filter.project) guarantee.projectName = { contains: escapeLike(filter.project), mode: "insensitive" };
  const where: Prisma.FeeStatementWhereInput = { companyId, guarantee };
  if (filter.from || filter.to) {
    where.issuedOn = { ...(filter.from ? { gte: new Date(`${filter.from}T00:00:00Z`) } : {}), ...(filter.to ? { lte: new Date(`${filter.to}T00:00:00Z`) } : {}) };
  }
  return where;
}

export const FEE_STATEMENT_LIST_INCLUDE = { guarantee: { select: { contractNumber: true, kind: true, projectName: true } } } satisfies Prisma.FeeStatementInclude;
export const FEE_STATEMENT_LIST_ORDER: Prisma.FeeStatementOrderByWithRelationInput[] = [{ issuedOn: "desc" }, { statementNumber: "desc" }];

export async function listContractorFeeStatements(options: { actor: ContractorActor; filter: TGuaranteeListFilter; page: number }) {
  assertRole(options.actor, "CONTRACTOR");
  const prisma = getPrisma();
  const where = feeStatementListWhere(options.actor.companyId, options.filter);
  const total = await prisma.feeStatement.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / GUARANTEE_LIST_PAGE_SIZE));
  const page = Math.min(options.page, pageCount);
  const rows = await prisma.feeStatement.findMany({ where, orderBy: FEE_STATEMENT_LIST_ORDER, include: FEE_STATEMENT_LIST_INCLUDE, skip: (page - 1) * GUARANTEE_LIST_PAGE_SIZE, take: GUARANTEE_LIST_PAGE_SIZE });
  return { rows, total, page, pageCount, firstRowNo: (page - 1) * GUARANTEE_LIST_PAGE_SIZE + 1 };
}

export type MonthlyStatementSummary = { month: Date; count: number; total: bigint; dueOn: Date; paidOn: Date | null };

/** 一括納付 months of a company: fees less refunds of the month's statements in force, newest first. */
export async function monthlyStatementsOf(db: Pick<Prisma.TransactionClient, "feeStatement" | "feeMonthlyStatement">, companyId: string): Promise<MonthlyStatementSummary[]> {
  const statements = await db.feeStatement.findMany({ where: { companyId, lumpSumMonth: { not: null }, replacedById: null }, select: { lumpSumMonth: true, kind: true, amount: true, tax: true } });
  const marks = await db.feeMonthlyStatement.findMany({ where: { companyId } });
  const months = new Map<number, MonthlyStatementSummary>();
  for (const s of statements) {
    const key = s.lumpSumMonth!.getTime();
    const m = months.get(key) ?? { month: s.lumpSumMonth!, count: 0, total: 0n, dueOn: lumpSumDueDate(s.lumpSumMonth!), paidOn: null };
    m.count += 1;
    m.total += s.kind === "REFUND" ? -(s.amount + s.tax) : s.amount + s.tax;
    months.set(key, m);
  }
  for (const mark of marks) {
    const m = months.get(mark.month.getTime());
    if (m) m.paidOn = mark.paidOn;
  }
  return [...months.values()].sort((a, b) => b.month.getTime() - a.month.getTime());
}

export async function listContractorMonthlyStatements(options: { actor: ContractorActor }) {
  assertRole(options.actor, "CONTRACTOR");
  return monthlyStatementsOf(getPrisma(), options.actor.companyId);
}
