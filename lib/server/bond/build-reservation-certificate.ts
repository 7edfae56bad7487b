// The 「契約保証予約証書」 PDF of the contractor's own reservation, from the signed version in force. Another
// company's, a guarantee that is not a reservation, and a cancelled reservation are NOT_FOUND.
import type { ContractorActor } from "@/lib/auth/actor";
import { getConfig } from "@/lib/config";
import { notFound } from "@/lib/errors";
import { buildReservationCertificatePdf, reservationCertificateFileName } from "@/lib/pdf/reservation-certificate";
import { getContractorEGuarantee } from "@/lib/server/guarantees/get-contractor-e-guarantee";

export async function buildReservationCertificate(options: { actor: Pick<ContractorActor, "companyId">; guaranteeId: string; now?: Date }) {
  const reservation = await getContractorEGuarantee(options);
  if (reservation.kind !== "BID_BOND_RESERVATION" || reservation.status !== "ACTIVE") throw notFound();
  const bytes = await buildReservationCertificatePdf({
    content: reservation.content,
    authKey: reservation.authKey,
    verifyPageUrl: `${getConfig().APP_URL.replace(/\/$/, "")}/verify`,
    createdAt: options.now ?? new Date(),
  });
  const number = reservation.content.contractNumber;
  return { fileName: reservationCertificateFileName(number), asciiFileName: `bid-bond-reservation_${number}.pdf`, bytes };
}
