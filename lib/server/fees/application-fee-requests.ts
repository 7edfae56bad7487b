// What each fee of an application is computed on, for every kind of application: the guarantee kind, its
// amount and its 保証期間 as 発行 will give them. 保証申込: 前払金保証 and 契約保証 over the 工期; 中間前払金保証:
// the 中間前払金額 over the 前払金保証's 保証期間 (its 保証期限 is the parent's); 契約保証予約: the reserved
// 契約保証金額 from today to the 有効期限 (入札日 + the body's days). One source for 入金確認, the staff's fee
// panel and 発行 (issue-guarantees.ts passes the term bondRequestedGuarantees gives, which is the same).
import type { Application, GuaranteeKind, OrderingBody, Prisma } from "@/lib/db/client";
import { reservationValidUntil } from "@/lib/domain/bid-bond";
import { dateOfYmd, todayInJapan, ymdOfDate } from "@/lib/domain/wareki";
import { bidBondRulesOf } from "@/lib/server/bond/reservation-context";

export type FeeRequest = { kind: GuaranteeKind; amount: bigint | null; termFrom: Date | null; termTo: Date | null };

type Db = { guarantee: Prisma.TransactionClient["guarantee"]; orderingBody: Prisma.TransactionClient["orderingBody"] };

export async function feeRequestsOf(db: Db, app: Application & { orderingBody?: OrderingBody | null }): Promise<FeeRequest[]> {
  if (app.kind === "INTERMEDIATE") {
    const parent = app.parentGuaranteeId ? await db.guarantee.findFirst({ where: { id: app.parentGuaranteeId, companyId: app.companyId } }) : null;
    return [{ kind: "INTERMEDIATE", amount: app.intermediateAmount, termFrom: parent?.termFrom ?? null, termTo: parent?.termTo ?? null }];
  }
  if (app.kind === "RESERVATION") {
    const body = app.orderingBody ?? (app.orderingBodyId ? await db.orderingBody.findUnique({ where: { id: app.orderingBodyId } }) : null);
    const validUntil = body && app.bidDate ? dateOfYmd(reservationValidUntil(ymdOfDate(app.bidDate), bidBondRulesOf(body))) : null;
    return [{ kind: "BID_BOND_RESERVATION", amount: app.reservedAmount, termFrom: dateOfYmd(todayInJapan()), termTo: validUntil }];
  }
  return [
    ...(app.advanceRequested ? [{ kind: "ADVANCE" as const, amount: app.advanceAmount, termFrom: app.periodFrom, termTo: app.periodTo }] : []),
    ...(app.contractGuaranteeRequested ? [{ kind: "CONTRACT" as const, amount: app.contractGuaranteeAmount, termFrom: app.periodFrom, termTo: app.periodTo }] : []),
  ];
}
