// What a 中間前払金保証 is measured against: its 前払金保証 (issued, 有効, of the contractor's company), the
// contract it was issued for, and the ordering body's 中間前払金 rules (発注者マスタ). Shared by the form's
// page, 送信 and 発行, so the three read the same numbers.
import type { Application, Guarantee, OrderingBody, Prisma } from "@/lib/db/client";
import { intermediateEligibility, type IntermediateEligibility, type IntermediateRules } from "@/lib/domain/intermediate-advance";
import { ymdOfDate, type YMD } from "@/lib/domain/wareki";
import { conflict } from "@/lib/errors";
import type { IntermediateRuleContext } from "@/lib/schemas/intermediate-application";

export type IntermediateParent = Guarantee & { application: Application; orderingBody: OrderingBody };

export const NOT_AN_ADVANCE = "中間前払金保証は、発行済みで有効な前払金保証から申し込めます。";

export function intermediateRulesOf(body: OrderingBody): IntermediateRules {
  return {
    limit: { numerator: body.intermediateLimitNumerator, denominator: body.intermediateLimitDenominator },
    totalLimit: { numerator: body.advanceTotalLimitNumerator, denominator: body.advanceTotalLimitDenominator },
    roundingUnit: body.intermediateRoundingUnit,
    minContractAmount: body.intermediateMinContractAmount,
  };
}

/** The 前払金保証 of the company (null for an unknown id or another company's: the caller answers 404). */
export async function findIntermediateParent(db: Prisma.TransactionClient, companyId: string, guaranteeId: string): Promise<IntermediateParent | null> {
  return db.guarantee.findFirst({ where: { id: guaranteeId, companyId }, include: { application: true, orderingBody: true } });
}

/** Refuses a parent that is not an active 前払金保証. */
export function assertIntermediateParent(parent: IntermediateParent) {
  if (parent.kind !== "ADVANCE" || parent.status !== "ACTIVE") throw conflict(NOT_AN_ADVANCE);
}

export function intermediateEligibilityOf(parent: IntermediateParent): IntermediateEligibility {
  const app = parent.application;
  return intermediateEligibility({
    contractAmount: parent.contractAmount,
    advanceAmount: parent.amount,
    // 工期 of the contract (the application's 着工日〜完成日; the guarantee's term if it lacks them)
    periodFrom: ymdOfDate(app.periodFrom ?? parent.termFrom),
    periodTo: ymdOfDate(app.periodTo ?? parent.termTo),
    rules: intermediateRulesOf(parent.orderingBody),
  });
}

export function intermediateRuleContext(parent: IntermediateParent, today: YMD | null): IntermediateRuleContext {
  return {
    eligibility: intermediateEligibilityOf(parent),
    rules: intermediateRulesOf(parent.orderingBody),
    orderingBody: { name: parent.orderingBody.name, eGuaranteeEnabled: parent.orderingBody.eGuaranteeEnabled },
    today,
  };
}
