// 保証契約一覧, tab 契約保証予約(入札ボンド): the company's reservations — issued ones with 予約番号 and 状態
// (有効 / 期限切れ / 取消 / 契約保証へ移行済), and those still being applied for with their 手続状況.
import { assertRole, type ContractorActor } from "@/lib/auth/actor";
import { getPrisma, type ApplicationStatus } from "@/lib/db/client";
import { reservationState, type ReservationState } from "@/lib/domain/bid-bond";
import { todayInJapan, ymdOfDate } from "@/lib/domain/wareki";

export type ReservationRow = {
  applicationId: string;
  applicationNumber: string | null;
  applicationStatus: ApplicationStatus;
  orderingBodyName: string | null;
  projectName: string | null;
  bidDate: Date | null;
  reservedAmount: bigint | null;
  /** Once issued: the 予約証書. */
  reservation: { id: string; number: string; validUntil: Date; state: ReservationState; convertedApplicationId: string | null } | null;
};

export async function listContractorReservations({ actor, now = new Date() }: { actor: ContractorActor; now?: Date }): Promise<ReservationRow[]> {
  assertRole(actor, "CONTRACTOR");
  const today = todayInJapan(now);
  const rows = await getPrisma().application.findMany({
    where: { companyId: actor.companyId, kind: "RESERVATION" },
    orderBy: [{ createdAt: "desc" }],
    take: 200,
    include: {
      orderingBody: { select: { name: true } },
      guarantees: { where: { kind: "BID_BOND_RESERVATION" }, include: { conversion: { select: { id: true } } } },
    },
  });
  return rows.map((row) => {
    const g = row.guarantees[0];
    return {
      applicationId: row.id,
      applicationNumber: row.applicationNumber,
      applicationStatus: row.status,
      orderingBodyName: row.orderingBody?.name ?? null,
      projectName: row.projectName,
      bidDate: row.bidDate,
      reservedAmount: row.reservedAmount,
      reservation: g
        ? {
            id: g.id,
            number: g.contractNumber,
            validUntil: g.termTo,
            state: reservationState({ cancelled: g.status === "CANCELLED", converted: Boolean(g.conversion), validUntil: ymdOfDate(g.termTo) }, today),
            convertedApplicationId: g.conversion?.id ?? null,
          }
        : null,
    };
  });
}
