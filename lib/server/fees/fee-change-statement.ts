// The fee side of a change to an issued guarantee, under the table that applied at 発行 (the copy of its rules
// kept on the guarantee), written in the change's own transaction:
// - 増額 or a later 保証期限 → 追加保証料計算書 (the new fee less the old);
// - 減額, an earlier 保証期限 or 取消 → 保証料返還計算書 (lib/domain/fee-calculation.ts computeRefund);
// - 訂正 → the fee is recomputed and a new 保証料計算書 replaces the one in force.
// A guarantee issued before fees were kept (feeRules null) has nothing to state.
import type { Guarantee, Prisma } from "@/lib/db/client";
import { additionalFee, computeFee, computeRefund, feeRulesFromJson, type FeeInput, type FeeRulesJson, type RefundEvent } from "@/lib/domain/fee-calculation";
import { auditSnapshot } from "@/lib/server/audit/record-audit-entry";
import { monthOf, nextStatementNumber } from "./application-fees";
import { feeDateToday } from "./rate-table-in-force";

export type FeeChange =
  | { type: "INCREASE" | "DECREASE" | "TERM_CHANGE"; after: FeeInput; reason: string }
  | { type: "CANCEL" }
  | { type: "CORRECTION"; after: FeeInput };

const inputOf = (g: Guarantee): FeeInput => ({ amount: g.amount, termFrom: g.termFrom, termTo: g.termTo });

/** `guarantee` is the locked row as it was before the change. */
export async function recordChangeFeeStatement(tx: Prisma.TransactionClient, guarantee: Guarantee, change: FeeChange, now: Date = new Date()): Promise<void> {
  if (!guarantee.feeRules || guarantee.feeRateTableId === null || guarantee.feeAmount === null) return;
  const rules = feeRulesFromJson(guarantee.feeRules as unknown as FeeRulesJson);
  const before = inputOf(guarantee);
  const paid = guarantee.feePaidNet ?? guarantee.feeAmount;
  const issuedOn = feeDateToday(now);
  // The statement in force of the guarantee: its 宛先, 納付方法 and 計算書(紙) carry over.
  const original = await tx.feeStatement.findFirstOrThrow({ where: { guaranteeId: guarantee.id, kind: "FEE", replacedById: null }, orderBy: { createdAt: "desc" } });
  const lumpSum = original.lumpSumMonth !== null;
  const base = {
    guaranteeId: guarantee.id, companyId: guarantee.companyId, feeRateTableId: guarantee.feeRateTableId, billTo: original.billTo,
    paymentMethod: original.paymentMethod, issuedOn, paperWanted: original.paperWanted,
  };
  const number = () => nextStatementNumber(tx, guarantee.id, guarantee.contractNumber);

  const refund = async (event: RefundEvent, reason: string, feeAfter: bigint) => {
    const result = computeRefund(rules, before, paid, event);
    await tx.feeStatement.create({
      // Under 一括納付 a refund is deducted from the month's statement.
      data: {
        ...base, statementNumber: await number(), kind: "REFUND", reason, amount: result.refund, breakdown: auditSnapshot({ before: computeFee(rules, before).breakdown, paid, refund: result }),
        lumpSumMonth: lumpSum ? monthOf(issuedOn) : null,
      },
    });
    await tx.guarantee.update({ where: { id: guarantee.id }, data: { feeAmount: feeAfter, feePaidNet: paid - result.refund } });
  };

  switch (change.type) {
    case "CANCEL":
      return refund({ type: "CANCEL", on: issuedOn }, "取消", guarantee.feeAmount);
    case "DECREASE":
      return refund({ type: "DECREASE", newAmount: change.after.amount, on: issuedOn }, change.reason, computeFee(rules, change.after).fee);
    case "TERM_CHANGE":
      if (change.after.termTo.getTime() < before.termTo.getTime()) {
        return refund({ type: "TERM_SHORTEN", newTermTo: change.after.termTo }, change.reason, computeFee(rules, change.after).fee);
      }
    // a later 保証期限: an additional fee, like 増額
    // falls through
    case "INCREASE": {
      const { additional, before: was, after: now } = additionalFee(rules, before, change.after);
      await tx.feeStatement.create({
        data: {
          ...base, statementNumber: await number(), kind: "ADDITIONAL", reason: change.reason, amount: additional, tax: (now.tax - was.tax > 0n ? now.tax - was.tax : 0n),
          breakdown: auditSnapshot({ before: was.breakdown, after: now.breakdown, additional }), lumpSumMonth: lumpSum ? monthOf(issuedOn) : null,
        },
      });
      await tx.guarantee.update({ where: { id: guarantee.id }, data: { feeAmount: now.fee, feePaidNet: paid + additional } });
      return;
    }
    case "CORRECTION": {
      const now = computeFee(rules, change.after);
      const created = await tx.feeStatement.create({
        data: {
          ...base, statementNumber: await number(), kind: "FEE", reason: "訂正", amount: now.fee, tax: now.tax, breakdown: auditSnapshot(now.breakdown),
          receiptMethod: original.receiptMethod, paidOn: original.paidOn, lumpSumMonth: original.lumpSumMonth,
        },
      });
      await tx.feeStatement.update({ where: { id: original.id }, data: { replacedById: created.id } });
      await tx.guarantee.update({ where: { id: guarantee.id }, data: { feeAmount: now.fee, feePaidNet: paid + (now.fee - guarantee.feeAmount) } });
      return;
    }
  }
}
