// The ordering bodies' 入札ボンド rules (発注者マスタ) and the branches a 契約保証予約 may be sent to: read once
// for the form's page, 一時保存, 送信 and 発行.
import type { OrderingBody, Prisma } from "@/lib/db/client";
import type { BidBondRules } from "@/lib/domain/bid-bond";
import { todayInJapan } from "@/lib/domain/wareki";
import type { ReservationOrderingBody, ReservationRuleContext } from "@/lib/schemas/reservation-application";

export const bidBondRulesOf = (b: OrderingBody): BidBondRules => ({
  bondShare: { numerator: b.bidBondNumerator, denominator: b.bidBondDenominator },
  validityDays: b.reservationValidityDays,
});

export const reservationOrderingBodyOf = (b: OrderingBody): ReservationOrderingBody => ({ id: b.id, name: b.name, bidBond: bidBondRulesOf(b) });

export async function loadReservationRuleContext(db: Prisma.TransactionClient, now: Date | null = new Date()): Promise<ReservationRuleContext> {
  const [bodies, branches] = await Promise.all([
    db.orderingBody.findMany({ where: { active: true }, orderBy: [{ prefecture: "asc" }, { name: "asc" }] }),
    db.branch.findMany({ where: { active: true }, select: { id: true }, orderBy: { name: "asc" } }),
  ]);
  return { orderingBodies: bodies.map(reservationOrderingBodyOf), branchIds: branches.map((b) => b.id), today: now ? todayInJapan(now) : null };
}
