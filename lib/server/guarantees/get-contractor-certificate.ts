// One certificate version (電子証書) of the contractor's own e-guarantee, for the 「選択」 window.
// Only versions the history lists can be opened: a corrected or cancelled-change version is as
// unknown to the contractor as another company's guarantee (same NOT_FOUND).
import { getPrisma } from "@/lib/db/client";
import { asCertificateContent, type CertificateContent } from "@/lib/domain/certificate-content";
import { assertRole, type ContractorActor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/domain/ids";

export type ContractorCertificate = { content: CertificateContent; signingKeyId: string | null; signed: boolean };

export async function getContractorCertificate(options: { actor: ContractorActor; guaranteeId: string; versionNo: string }): Promise<ContractorCertificate> {
  assertRole(options.actor, "CONTRACTOR");
  const versionNo = Number(options.versionNo);
  if (!isUuid(options.guaranteeId) || !Number.isInteger(versionNo) || versionNo < 1 || versionNo > 1_000_000) throw notFound();
  const version = await getPrisma().certificateVersion.findFirst({
    where: {
      guaranteeId: options.guaranteeId,
      versionNo,
      hiddenFromHistory: false,
      guarantee: { companyId: options.actor.companyId, form: "ELECTRONIC" },
    },
    select: { content: true, signingKeyId: true, signature: true },
  });
  if (!version) throw notFound();
  return { content: asCertificateContent(version.content), signingKeyId: version.signingKeyId, signed: version.signature !== null };
}
