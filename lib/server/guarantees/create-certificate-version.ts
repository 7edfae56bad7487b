// Writes one certificate version, always signed: every path that creates a version (issue, 変更,
// 訂正, 取消) goes through here, so no unsigned version can exist — and so every later version
// tells an ordering body that has already verified the guarantee (queueOrderingBodyChangeNotice).
// The signed content is chained (署名形式 v2, lib/crypto/certificate-chain.ts): it names the hash of the
// version before it and the versions hidden from the history, and the rows' flags are set to match here.
import type { CertificateVersionKind, ChangeType, Prisma } from "@/lib/db/client";
import { chainFields } from "@/lib/crypto/certificate-chain";
import { signCertificateContent } from "@/lib/crypto/certificate-signature";
import { CERTIFICATE_CONTENT_FORMAT, type CertificateContent } from "@/lib/domain/certificate-content";
import { CHANGE_TYPE_LABEL, VERSION_KIND_LABEL } from "@/lib/domain/guarantee-labels";
import { queueOrderingBodyChangeNotice } from "@/lib/server/ordering-body/queue-change-notice";

export type NewCertificateVersion = {
  guaranteeId: string;
  content: CertificateContent;
  kind: CertificateVersionKind;
  changeType?: ChangeType | null;
  replacesVersionId?: string | null;
  /** This version itself is not shown in the history (変更の取消). */
  hiddenFromHistory?: boolean;
  /** Earlier versions this one hides from the history (the version a 訂正 or 変更の取消 replaces). */
  hides?: number[];
  createdById: string;
};

/** How the change notice names a version: 変更（増額）, 訂正, 取消, 変更の取消. */
function changeLabel(version: NewCertificateVersion): string {
  if (version.kind === "CANCELLATION" && version.hiddenFromHistory) return "変更の取消";
  return VERSION_KIND_LABEL[version.kind] + (version.changeType ? `（${CHANGE_TYPE_LABEL[version.changeType]}）` : "");
}

export async function createCertificateVersion(tx: Prisma.TransactionClient, version: NewCertificateVersion) {
  // The caller holds the guarantee's row lock (issue, lockBranchGuarantee), so no version slips in between.
  const earlier = await tx.certificateVersion.findMany({
    where: { guaranteeId: version.guaranteeId },
    select: { versionNo: true, content: true, hiddenFromHistory: true },
  });
  const versionNo = version.content.versionNo;
  const hides = version.hides ?? [];
  const chain = chainFields(earlier, version.hiddenFromHistory ? [...hides, versionNo] : hides);
  const content: CertificateContent = { ...version.content, format: CERTIFICATE_CONTENT_FORMAT, ...chain };
  const { signature, keyId } = signCertificateContent(content);
  if (hides.length) {
    await tx.certificateVersion.updateMany({ where: { guaranteeId: version.guaranteeId, versionNo: { in: hides } }, data: { hiddenFromHistory: true } });
  }
  const created = await tx.certificateVersion.create({
    data: {
      guaranteeId: version.guaranteeId,
      versionNo,
      kind: version.kind,
      changeType: version.changeType ?? null,
      issuedAt: new Date(version.content.issuedAt),
      content,
      signature: new Uint8Array(signature),
      signingKeyId: keyId,
      replacesVersionId: version.replacesVersionId ?? null,
      hiddenFromHistory: version.hiddenFromHistory ?? false,
      createdById: version.createdById,
    },
  });
  if (version.kind !== "NEW") {
    await queueOrderingBodyChangeNotice(tx, { guaranteeId: version.guaranteeId, versionId: created.id, change: changeLabel(version), issuedAt: created.issuedAt });
  }
  return created;
}
