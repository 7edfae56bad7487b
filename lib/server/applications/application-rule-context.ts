// The data the submit rules read: the ordering bodies (limits, 電子保証対応) and the branches
// that accept applications. The form page passes the same to the browser.
import type { OrderingBody, PrismaClient } from "@/lib/db/client";
import { todayInJapan } from "@/lib/domain/wareki";
import type { ApplicationRuleContext, OrderingBodyRule } from "@/lib/schemas/application-rules";

export async function loadOrderingBodyRules(db: PrismaClient): Promise<OrderingBodyRule[]> {
  const bodies = await db.orderingBody.findMany({ where: { active: true }, orderBy: [{ prefecture: "asc" }, { name: "asc" }] });
  return bodies.map(orderingBodyRuleOf);
}

/** One ordering body's limits and 電子保証対応, as every rule reads them (submit, issue, 変更, 訂正). */
export function orderingBodyRuleOf(b: OrderingBody): OrderingBodyRule {
  return {
    id: b.id,
    name: b.name,
    eGuaranteeEnabled: b.eGuaranteeEnabled,
    advanceLimit: { numerator: b.advanceLimitNumerator, denominator: b.advanceLimitDenominator },
    contractMinimum: { numerator: b.contractMinNumerator, denominator: b.contractMinDenominator },
  };
}

export async function loadBranchChoices(db: PrismaClient): Promise<{ id: string; name: string }[]> {
  return db.branch.findMany({ where: { active: true }, select: { id: true, name: true }, orderBy: { officeCode: "asc" } });
}

export async function loadApplicationRuleContext(db: PrismaClient, now = new Date()): Promise<ApplicationRuleContext> {
  const [orderingBodies, branches] = await Promise.all([loadOrderingBodyRules(db), loadBranchChoices(db)]);
  return { orderingBodies, branchIds: branches.map((b) => b.id), today: todayInJapan(now) };
}
