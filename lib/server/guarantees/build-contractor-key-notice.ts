// 「印刷」: the key-notice PDF (電子保証にかかる「認証キー」のお知らせ) of the contractor's own e-guarantee,
// from the certificate in force. A cancelled guarantee has no notice to hand to the ordering body.
import type { ContractorActor } from "@/lib/auth/actor";
import { getConfig } from "@/lib/config";
import { notFound } from "@/lib/errors";
import { buildKeyNoticePdf, keyNoticeFileName } from "@/lib/pdf/key-notice";
import { getContractorEGuarantee } from "./get-contractor-e-guarantee";

export type KeyNoticeFile = { fileName: string; asciiFileName: string; bytes: Uint8Array };

export async function buildContractorKeyNotice(options: { actor: Pick<ContractorActor, "companyId">; guaranteeId: string; now?: Date }): Promise<KeyNoticeFile> {
  const guarantee = await getContractorEGuarantee(options);
  if (guarantee.status !== "ACTIVE") throw notFound();
  const { content } = guarantee;
  const bytes = await buildKeyNoticePdf({
    orderingBodyName: content.orderingBody,
    contractorName: content.contractor,
    jvName: content.jvName,
    contractNumber: content.contractNumber,
    productName: content.productName,
    projectName: content.projectName,
    contractAmount: BigInt(content.contractAmount),
    guaranteeAmount: BigInt(content.guaranteeAmount),
    depositBank: content.depositBank,
    issuedAt: new Date(content.issuedAt),
    authKey: guarantee.authKey,
    suretyName: `${content.suretyCompany} ${content.suretyBranch}`,
    verifyPageUrl: `${getConfig().APP_URL.replace(/\/$/, "")}/verify`,
    createdAt: options.now ?? new Date(),
  });
  return { fileName: keyNoticeFileName(content.contractNumber), asciiFileName: `key-notice_${content.contractNumber}.pdf`, bytes };
}
