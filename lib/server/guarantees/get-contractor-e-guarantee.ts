// 電子保証概要: one e-guarantee of the contractor's own company, as its certificate in force states it
// (「※最新の情報を表示しています」), with the 認証キー read back from its sealed copy and the history the
// contractor may see (訂正・変更取消 hidden). The company is in the WHERE: another company's guarantee,
// a paper one, a malformed id and a missing one are all the same NOT_FOUND.
import { getPrisma, type CertificateVersionKind, type ChangeType, type GuaranteeKind, type GuaranteeStatus } from "@/lib/db/client";
import { reservationState, type ReservationState } from "@/lib/domain/bid-bond";
import { todayInJapan, ymdOfDate } from "@/lib/domain/wareki";
import { openAuthKey } from "@/lib/crypto/auth-key";
import { asCertificateContent, type CertificateContent } from "@/lib/domain/certificate-content";
import { currentVersion, visibleHistory } from "@/lib/domain/certificate-history";
import type { ContractorActor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/domain/ids";

export type ContractorEGuarantee = {
  id: string;
  kind: GuaranteeKind;
  status: GuaranteeStatus;
  /** 契約保証予約: its 状態 today and the 保証申込 made from it. */
  reservation: { state: ReservationState; convertedApplicationId: string | null } | null;
  content: CertificateContent; // of the version in force
  authKey: string;
  history: { versionNo: number; issuedAt: Date; kind: CertificateVersionKind; changeType: ChangeType | null }[];
};

// The mail worker builds the key notice for the guarantee's own company, so only the company is
// needed; it is checked here (an undefined one would drop the filter from the query).
export async function getContractorEGuarantee(options: { actor: Pick<ContractorActor, "companyId">; guaranteeId: string }): Promise<ContractorEGuarantee> {
  if (!isUuid(options.guaranteeId) || !isUuid(options.actor.companyId)) throw notFound();
  const guarantee = await getPrisma().guarantee.findFirst({
    where: { id: options.guaranteeId, companyId: options.actor.companyId, form: "ELECTRONIC" },
    select: {
      id: true,
      kind: true,
      status: true,
      termTo: true,
      conversion: { select: { id: true } },
      authKey: { select: { keyCiphertext: true, kekId: true } },
      versions: { select: { versionNo: true, issuedAt: true, kind: true, changeType: true, hiddenFromHistory: true, content: true } },
    },
  });
  const current = guarantee && currentVersion(guarantee.versions);
  if (!guarantee?.authKey || !current) throw notFound();
  return {
    id: guarantee.id,
    kind: guarantee.kind,
    status: guarantee.status,
    reservation:
      guarantee.kind === "BID_BOND_RESERVATION"
        ? {
            state: reservationState({ cancelled: guarantee.status === "CANCELLED", converted: Boolean(guarantee.conversion), validUntil: ymdOfDate(guarantee.termTo) }, todayInJapan()),
            convertedApplicationId: guarantee.conversion?.id ?? null,
          }
        : null,
    content: asCertificateContent(current.content),
    authKey: openAuthKey(guarantee.authKey.keyCiphertext, guarantee.id, guarantee.authKey.kekId),
    history: visibleHistory(guarantee.versions).map(({ versionNo, issuedAt, kind, changeType }) => ({ versionNo, issuedAt, kind, changeType })),
  };
}
