// 前払金払出予定 (contractor): for each guarantee with an approved 明細書, the months of its 払出予定 against
// the 払出 the bank reported, and what remains; `planId` picks the one shown (the newest by default).
import { assertRole, type ContractorActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { isUuid } from "@/lib/domain/ids";
import { yearMonthOfDate } from "@/lib/domain/month-input";
import { payoutSchedule, type ScheduleMonth } from "@/lib/domain/payout-schedule";
import { notFound } from "@/lib/errors";
import { loadItemBalances, totalBalance } from "./item-balances";
import type { ItemBalance } from "@/lib/domain/payout-rules";

export type PayoutScheduleView = {
  plans: { planId: string; contractNumber: string; projectName: string }[];
  selected: { planId: string; contractNumber: string; projectName: string; amount: bigint; total: ItemBalance; months: ScheduleMonth[] } | null;
};

export async function getPayoutSchedule(options: { actor: ContractorActor; planId?: string }): Promise<PayoutScheduleView> {
  const actor = assertRole(options.actor, "CONTRACTOR");
  const prisma = getPrisma();
  const plans = await prisma.usagePlan.findMany({
    where: { companyId: actor.companyId, approvedVersionId: { not: null } },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: { id: true, approvedVersionId: true, guarantee: { select: { contractNumber: true, projectName: true, amount: true } } },
  });
  const list = plans.map((p) => ({ planId: p.id, contractNumber: p.guarantee.contractNumber, projectName: p.guarantee.projectName }));
  if (options.planId !== undefined && !isUuid(options.planId)) throw notFound();
  const plan = options.planId ? plans.find((p) => p.id === options.planId) : plans[0];
  if (options.planId && !plan) throw notFound();
  if (!plan) return { plans: list, selected: null };

  const [lines, paid] = await Promise.all([
    loadItemBalances(prisma, plan),
    prisma.payoutRequestLine.findMany({ where: { status: "PAID", request: { planId: plan.id } }, select: { paidOn: true, paidAmount: true } }),
  ]);
  const total = totalBalance(lines);
  const months = payoutSchedule(
    total.planned,
    lines.map((l) => ({ month: l.scheduledMonth, amount: l.balance.planned })),
    paid.map((p) => ({ month: yearMonthOfDate(p.paidOn!), amount: p.paidAmount ?? 0n })),
  );
  return { plans: list, selected: { planId: plan.id, contractNumber: plan.guarantee.contractNumber, projectName: plan.guarantee.projectName, amount: plan.guarantee.amount, total, months } };
}
