// 一括納付 monthly statement PDF of the contractor's company for one month (YYYY-MM from the URL).
import { getPrisma } from "@/lib/db/client";
import { assertRole, type ContractorActor } from "@/lib/auth/actor";
import { FEE_STATEMENT_KIND_LABEL } from "@/lib/domain/fee-labels";
import { SURETY_COMPANY_NAME } from "@/lib/domain/guarantee-labels";
import { notFound } from "@/lib/errors";
import { buildMonthlyFeeStatementPdf } from "@/lib/pdf/fee-statement";
import { monthlyStatementsOf } from "./list-contractor-fee-statements";
import type { FeeStatementFile } from "./build-fee-statement-file";

export async function buildMonthlyStatementFile(options: { actor: ContractorActor; month: string; now?: Date }): Promise<FeeStatementFile> {
  assertRole(options.actor, "CONTRACTOR");
  const m = /^(\d{4})-(\d{2})$/.exec(options.month);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw notFound();
  const month = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
  const prisma = getPrisma();
  const summary = (await monthlyStatementsOf(prisma, options.actor.companyId)).find((s) => s.month.getTime() === month.getTime());
  if (!summary) throw notFound();
  const rows = await prisma.feeStatement.findMany({
    where: { companyId: options.actor.companyId, lumpSumMonth: month, replacedById: null },
    orderBy: { statementNumber: "asc" },
    include: { guarantee: { select: { contractNumber: true, projectName: true } } },
  });
  const bytes = await buildMonthlyFeeStatementPdf({
    companyName: options.actor.companyName,
    month,
    dueOn: summary.dueOn,
    paidOn: summary.paidOn,
    rows: rows.map((s) => ({ statementNumber: s.statementNumber, contractNumber: s.guarantee.contractNumber, title: FEE_STATEMENT_KIND_LABEL[s.kind], projectName: s.guarantee.projectName, amount: s.amount + s.tax, refund: s.kind === "REFUND" })),
    total: summary.total,
    createdAt: options.now ?? new Date(),
    suretyName: SURETY_COMPANY_NAME,
  });
  return { fileName: `保証料一括納付計算書_${options.month}.pdf`, asciiFileName: `fee-monthly_${options.month}.pdf`, bytes };
}
