// 一括納付の入金確認 (branch staff): a company's month was paid. Companies are shared by every branch, so any
// branch's staff may record it; recorded once (the unique company + month row), audited.
import { getPrisma } from "@/lib/db/client";
import { assertRole, type StaffActor } from "@/lib/auth/actor";
import { isUuid } from "@/lib/domain/ids";
import { conflict, notFound } from "@/lib/errors";
import { ZMonthlyPaid } from "@/lib/schemas/fee";
import { parseInput } from "@/lib/schemas/parse-input";
import { auditSnapshot, recordAuditEntry } from "@/lib/server/audit/record-audit-entry";
import type { RequestContext } from "@/lib/server/request-context";
import { monthlyStatementsOf } from "./list-contractor-fee-statements";

export async function markMonthlyStatementPaid(options: { actor: StaffActor; companyId: string; month: string; input: unknown; request?: RequestContext }): Promise<void> {
  const actor = assertRole(options.actor, "SURETY_STAFF");
  if (!isUuid(options.companyId) || !/^\d{4}-\d{2}$/.test(options.month)) throw notFound();
  const { paidOn } = parseInput(ZMonthlyPaid, options.input);
  const month = new Date(`${options.month}-01T00:00:00Z`);
  await getPrisma().$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "ContractorCompany" WHERE id = ${options.companyId}::uuid FOR UPDATE`;
    if (rows.length === 0) throw notFound();
    const summary = (await monthlyStatementsOf(tx, options.companyId)).find((s) => s.month.getTime() === month.getTime());
    if (!summary) throw notFound();
    if (summary.paidOn) throw conflict("この月の一括納付は入金確認済みです。");
    await tx.feeMonthlyStatement.upsert({
      where: { companyId_month: { companyId: options.companyId, month } },
      create: { companyId: options.companyId, month, dueOn: summary.dueOn, paidOn, paidById: actor.userId },
      update: { paidOn, paidById: actor.userId },
    });
    await recordAuditEntry(tx, {
      actor, action: "fee-monthly-statement.mark-paid", entityType: "ContractorCompany", entityId: options.companyId,
      after: auditSnapshot({ month: options.month, total: summary.total, paidOn }), request: options.request,
    });
  });
}
