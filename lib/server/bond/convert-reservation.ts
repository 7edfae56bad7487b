// 「この予約から契約保証を申し込む」: after winning the bid, a 保証申込 (一時保存) prefilled from the reservation —
// 発注者, 工事名, 工事場所, 申込送信先 (the branch that issued the 予約証書), 契約保証 with the reserved amount —
// linked both ways (Application.reservationId, unique), and the reservation becomes 契約保証へ移行済.
//
// A reservation converts once: its row is locked first, so two clicks or two tabs wait for each other and the
// second finds the first's application and answers with it; the unique link backs this up in the database.
import { assertRole, type ContractorActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { conversionRefusal, reservationState } from "@/lib/domain/bid-bond";
import { isUuid } from "@/lib/domain/ids";
import { todayInJapan, ymdOfDate } from "@/lib/domain/wareki";
import { conflict, notFound } from "@/lib/errors";
import { auditSnapshot, recordAuditEntry } from "@/lib/server/audit/record-audit-entry";
import type { RequestContext } from "@/lib/server/request-context";

export type ConvertedReservation = { applicationId: string; alreadyConverted: boolean };

export async function convertReservation(options: { actor: ContractorActor; reservationId: unknown; request?: RequestContext; now?: Date }): Promise<ConvertedReservation> {
  const actor = assertRole(options.actor, "CONTRACTOR");
  const { reservationId, request, now = new Date() } = options;
  if (!isUuid(reservationId)) throw notFound();
  return getPrisma().$transaction(
    async (tx) => {
      const locked = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "Guarantee" WHERE id = ${reservationId}::uuid AND "companyId" = ${actor.companyId}::uuid AND kind = 'BID_BOND_RESERVATION' FOR UPDATE`;
      if (locked.length === 0) throw notFound();
      const existing = await tx.application.findUnique({ where: { reservationId }, select: { id: true } });
      if (existing) return { applicationId: existing.id, alreadyConverted: true };

      const reservation = await tx.guarantee.findUniqueOrThrow({ where: { id: reservationId }, include: { application: true, orderingBody: true, company: true } });
      const state = reservationState({ cancelled: reservation.status === "CANCELLED", converted: false, validUntil: ymdOfDate(reservation.termTo) }, todayInJapan(now));
      const refusal = conversionRefusal(state);
      if (refusal) throw conflict(refusal);

      const r = reservation.application;
      const company = reservation.company;
      const created = await tx.application.create({
        data: {
          kind: "GUARANTEE",
          status: "DRAFT",
          companyId: actor.companyId,
          createdById: actor.userId,
          reservationId,
          orderingBodyId: reservation.orderingBodyId,
          projectName: reservation.projectName,
          projectLocation: r.projectLocation,
          contractGuaranteeRequested: true,
          contractForm: reservation.orderingBody.eGuaranteeEnabled ? "ELECTRONIC" : "PAPER",
          contractGuaranteeAmount: reservation.amount,
          contractFeeBillTo: company.name,
          advanceFeeBillTo: company.name,
          orderType: "GENERAL_COMPETITIVE",
          branchId: reservation.branchId,
          completionMailWanted: true,
          notificationEmail: r.notificationEmail ?? company.email,
          shipToName: company.name, shipToPostalCode: company.postalCode, shipToAddress: company.address,
          contactDepartment: r.contactDepartment, contactTitle: r.contactTitle, contactName: r.contactName, contactPhone: r.contactPhone,
        },
      });
      await recordAuditEntry(tx, {
        actor,
        action: "reservation.convert",
        entityType: "Guarantee",
        entityId: reservationId,
        after: auditSnapshot({ reservationNumber: reservation.contractNumber, applicationId: created.id, contractGuaranteeAmount: reservation.amount }),
        request,
      });
      return { applicationId: created.id, alreadyConverted: false };
    },
    { maxWait: 15_000, timeout: 20_000 },
  );
}
