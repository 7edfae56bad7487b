// Writes one certificate version, always signed: every path that creates a version (issue, 変更,
// 訂正, 取消) goes through here, so no unsigned version can exist.
import type { CertificateVersionKind, ChangeType, Prisma } from "@/lib/db/client";
import { signCertificateContent } from "@/lib/crypto/certificate-signature";
import type { CertificateContent } from "@/lib/domain/certificate-content";

export type NewCertificateVersion = {
  guaranteeId: string;
  content: CertificateContent;
  kind: CertificateVersionKind;
  changeType?: ChangeType | null;
  replacesVersionId?: string | null;
  hiddenFromHistory?: boolean;
  createdById: string;
};

export async function createCertificateVersion(tx: Prisma.TransactionClient, version: NewCertificateVersion) {
  const { signature, keyId } = signCertificateContent(version.content);
  return tx.certificateVersion.create({
    data: {
      guaranteeId: version.guaranteeId,
      versionNo: version.content.versionNo,
      kind: version.kind,
      changeType: version.changeType ?? null,
      issuedAt: new Date(version.content.issuedAt),
      content: version.content,
      signature: new Uint8Array(signature),
      signingKeyId: keyId,
      replacesVersionId: version.replacesVersionId ?? null,
      hiddenFromHistory: version.hiddenFromHistory ?? false,
      createdById: version.createdById,
    },
  });
}
