// What remains on each line (item) of a plan's approved 明細書, derived from rows (lib/domain/payout-rules.ts):
// one aggregate over the request lines drawing on the plan's items, grouped by item and state. Used by the
// contractor's form, the bank's request page, the staff's view and 前払金払出予定; inside a transaction that
// holds the plan's lock (lockUsagePlan) it is the check that no request overdraws a line.
import type { Prisma } from "@/lib/db/client";
import type { PayeeKind, PayoutLineStatus, PayoutMethod } from "@/lib/domain/enums";
import { itemBalance, type ItemBalance } from "@/lib/domain/payout-rules";
import { isOverheadCategory } from "@/lib/domain/usage-categories";
import { yearMonthOfDate, type YearMonth } from "@/lib/domain/month-input";

type Db = Pick<Prisma.TransactionClient, "usagePlanLine" | "$queryRaw">;

export type DrawableLine = {
  itemId: string;
  itemNo: number;
  category: string;
  detail: string | null;
  payoutMethod: PayoutMethod;
  scheduledMonth: YearMonth;
  payeeKind: PayeeKind | null;
  payee: string | null;
  /** 支払先 settled (or the 現場管理費等 item, which has none): a 払出 may be asked. */
  settled: boolean;
  balance: ItemBalance;
};

/** The approved version's lines with their balances, in the 明細書's order; [] without an approved version. */
export async function loadItemBalances(db: Db, plan: { id: string; approvedVersionId: string | null }): Promise<DrawableLine[]> {
  if (!plan.approvedVersionId) return [];
  // One after the other: `db` may be a transaction (one connection; pg refuses overlapping queries on one).
  const lines = await db.usagePlanLine.findMany({ where: { versionId: plan.approvedVersionId }, orderBy: { position: "asc" }, include: { item: { select: { itemNo: true } } } });
  const sums = await db.$queryRaw<{ itemId: string; status: PayoutLineStatus; amount: bigint; paidAmount: bigint | null }[]>`
      SELECT pl."itemId", pl.status, SUM(pl.amount)::bigint AS amount, SUM(pl."paidAmount")::bigint AS "paidAmount"
      FROM "PayoutRequestLine" pl JOIN "PayoutRequest" r ON r.id = pl."requestId"
      WHERE r."planId" = ${plan.id}::uuid
      GROUP BY pl."itemId", pl.status`;
  return lines
    .filter((l) => l.itemId && l.item)
    .map((l) => ({
      itemId: l.itemId!,
      itemNo: l.item!.itemNo,
      category: l.category,
      detail: l.detail,
      payoutMethod: l.payoutMethod as PayoutMethod,
      scheduledMonth: yearMonthOfDate(l.scheduledMonth),
      payeeKind: l.payeeKind as PayeeKind | null,
      payee: l.payee,
      settled: l.payee !== null || isOverheadCategory(l.category),
      balance: itemBalance(l.advanceAmount, sums.filter((s) => s.itemId === l.itemId)),
    }));
}

/** Σ over lines: 前払金額 as planned, 依頼中, 払出済 and what remains of the advance. */
export function totalBalance(lines: readonly DrawableLine[]): ItemBalance {
  return lines.reduce<ItemBalance>(
    (t, l) => ({ planned: t.planned + l.balance.planned, requested: t.requested + l.balance.requested, paid: t.paid + l.balance.paid, remaining: t.remaining + l.balance.remaining }),
    { planned: 0n, requested: 0n, paid: 0n, remaining: 0n },
  );
}
