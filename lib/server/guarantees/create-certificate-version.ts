// Writes one certificate version, always signed: every path that creates a version (issue, 変更,
// 訂正, 取消) goes through here, so no unsigned version can exist — and so every later version
// tells an ordering body that has already verified the guarantee (queueOrderingBodyChangeNotice).
import type { CertificateVersionKind, ChangeType, Prisma } from "@/lib/db/client";
import { signCertificateContent } from "@/lib/crypto/certificate-signature";
import type { CertificateContent } from "@/lib/domain/certificate-content";
import { CHANGE_TYPE_LABEL, VERSION_KIND_LABEL } from "@/lib/domain/guarantee-labels";
import { queueOrderingBodyChangeNotice } from "@/lib/server/ordering-body/queue-change-notice";

export type NewCertificateVersion = {
  guaranteeId: string;
  content: CertificateContent;
  kind: CertificateVersionKind;
  changeType?: ChangeType | null;
  replacesVersionId?: string | null;
  hiddenFromHistory?: boolean;
  createdById: string;
};

/** How the change notice names a version: 変更（増額）, 訂正, 取消, 変更の取消. */
function changeLabel(version: NewCertificateVersion): string {
  if (version.kind === "CANCELLATION" && version.hiddenFromHistory) return "変更の取消";
  return VERSION_KIND_LABEL[version.kind] + (version.changeType ? `（${CHANGE_TYPE_LABEL[version.changeType]}）` : "");
}

export async function createCertificateVersion(tx: Prisma.TransactionClient, version: NewCertificateVersion) {
  const { signature, keyId } = signCertificateContent(version.content);
  const created = await tx.certificateVersion.create({
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
  if (version.kind !== "NEW") {
    await queueOrderingBodyChangeNotice(tx, { guaranteeId: version.guaranteeId, versionId: created.id, change: changeLabel(version), issuedAt: created.issuedAt });
  }
  return created;
}
