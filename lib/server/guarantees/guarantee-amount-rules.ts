// What the amount rules (lib/domain/guarantee-rules.ts) read for an issued guarantee: its 請負金額, the
// 今年度対象額 of its application, and its ordering body's limits as 発注者マスタ holds them now.
// 変更 and 訂正 check the amount they would write against these, as 送信 and 発行 did.
import type { Guarantee, Prisma } from "@/lib/db/client";
import type { AmountBase, OrderingBodyLimits } from "@/lib/domain/guarantee-rules";
import { orderingBodyRuleOf } from "@/lib/server/applications/application-rule-context";

export async function loadGuaranteeAmountRules(tx: Prisma.TransactionClient, guarantee: Guarantee): Promise<{ base: AmountBase; limits: OrderingBodyLimits }> {
  // One after the other: a transaction is one connection, and pg refuses overlapping queries on one (pg@9).
  const application = await tx.application.findUniqueOrThrow({ where: { id: guarantee.applicationId }, select: { advanceFiscalYearAmount: true } });
  const orderingBody = await tx.orderingBody.findUniqueOrThrow({ where: { id: guarantee.orderingBodyId } });
  return {
    base: { contractAmount: guarantee.contractAmount, fiscalYearAmount: application.advanceFiscalYearAmount },
    limits: orderingBodyRuleOf(orderingBody),
  };
}
