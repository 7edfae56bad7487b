// The 前払金請求書 PDF attached to a 発注者へ提出 mail when the contractor asked for it, rebuilt at send
// time from the invoice as saved then. A guarantee without one (cancelled, or gone) fails the mail.
import { isUuid } from "@/lib/domain/ids";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { buildAdvanceInvoice } from "@/lib/server/invoices/build-advance-invoice";
import { UnknownAttachmentError } from "./attachment-error";

export const ADVANCE_INVOICE_ATTACHMENT = "advance-invoice-pdf";

export async function buildAdvanceInvoiceAttachment(description: { kind: string } & Record<string, unknown>) {
  const guaranteeId = String(description.guaranteeId ?? "");
  const guarantee = isUuid(guaranteeId) ? await getPrisma().guarantee.findUnique({ where: { id: guaranteeId }, select: { companyId: true } }) : null;
  if (!guarantee) throw new UnknownAttachmentError(`保証 ${guaranteeId} がありません`);
  try {
    const file = await buildAdvanceInvoice({ actor: { companyId: guarantee.companyId }, guaranteeId });
    return { filename: file.fileName, content: Buffer.from(file.bytes), contentType: "application/pdf" };
  } catch (error) {
    if (error instanceof AppError) throw new UnknownAttachmentError("前払金請求書を作成できません（取消された保証、または振込先が未登録）");
    throw error;
  }
}
