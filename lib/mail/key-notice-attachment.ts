// The key-notice PDF attached to a 発注者へ提出 mail, rebuilt when the mail is sent from the
// certificate in force (so a mail queued before a 変更 carries the current content). A guarantee
// that no longer has a notice (cancelled, or gone) makes the mail fail permanently.
import { isUuid } from "@/lib/domain/ids";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { buildContractorKeyNotice } from "@/lib/server/guarantees/build-contractor-key-notice";
import { UnknownAttachmentError } from "./attachment-error";

export const KEY_NOTICE_ATTACHMENT = "key-notice-pdf";

export async function buildKeyNoticeAttachment(description: { kind: string } & Record<string, unknown>) {
  const guaranteeId = String(description.guaranteeId ?? "");
  const guarantee = isUuid(guaranteeId)
    ? await getPrisma().guarantee.findUnique({ where: { id: guaranteeId }, select: { companyId: true } })
    : null;
  if (!guarantee) throw new UnknownAttachmentError(`保証 ${guaranteeId} がありません`);
  try {
    const file = await buildContractorKeyNotice({ actor: { companyId: guarantee.companyId }, guaranteeId });
    return { filename: file.fileName, content: Buffer.from(file.bytes), contentType: "application/pdf" };
  } catch (error) {
    if (error instanceof AppError) throw new UnknownAttachmentError("取消された保証の認証キーのお知らせは作成できません");
    throw error;
  }
}
