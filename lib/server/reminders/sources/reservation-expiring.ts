// 契約保証予約の有効期限: the company's active 契約保証予約 not converted into a 保証申込 (Guarantee.conversion is
// null) whose 有効期限 (termTo) falls within the next 7 days.
import { getPrisma } from "@/lib/db/client";
import { PRODUCT_NAME } from "@/lib/domain/guarantee-labels";
import { RESERVATION_WINDOW_DAYS, reservationExpiringReminder, type Reminder } from "@/lib/domain/reminders";
import { dateOfYmd, ymdOfDate, type YMD } from "@/lib/domain/wareki";

export async function reservationExpiringSource(companyId: string, today: YMD): Promise<Reminder[]> {
  const from = dateOfYmd(today);
  const to = new Date(from.getTime() + RESERVATION_WINDOW_DAYS * 86_400_000);
  const reservations = await getPrisma().guarantee.findMany({
    where: { companyId, kind: "BID_BOND_RESERVATION", status: "ACTIVE", conversion: { is: null }, termTo: { gte: from, lte: to } },
    select: { id: true, kind: true, contractNumber: true, projectName: true, termTo: true },
  });
  return reservations.flatMap((g) => {
    const reminder = reservationExpiringReminder({
      guarantee: { id: g.id, contractNumber: g.contractNumber, productName: PRODUCT_NAME[g.kind], projectName: g.projectName },
      active: true,
      converted: false,
      validUntil: ymdOfDate(g.termTo),
      today,
    });
    return reminder ? [reminder] : [];
  });
}
