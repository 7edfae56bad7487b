// Attachments are described in the outbox (e.g. { kind: "key-notice-pdf", guaranteeId }) and
// rebuilt when the mail is sent, so the database never holds a second copy of a document.
// A builder is registered per kind in ATTACHMENT_BUILDERS below; a description whose kind has
// no builder is a permanent failure of that mail (retrying cannot help).
import { z } from "zod";
import { UnknownAttachmentError } from "./attachment-error";
import { ADVANCE_INVOICE_ATTACHMENT, buildAdvanceInvoiceAttachment } from "./advance-invoice-attachment";
import { buildKeyNoticeAttachment, KEY_NOTICE_ATTACHMENT } from "./key-notice-attachment";

export type BuiltAttachment = { filename: string; content: Buffer; contentType: string };
export type AttachmentDescription = { kind: string } & Record<string, unknown>;
export type AttachmentBuilder = (description: AttachmentDescription) => Promise<BuiltAttachment>;
export type AttachmentRegistry = Readonly<Record<string, AttachmentBuilder>>;

/** Register builders here, one line per kind: `"key-notice-pdf": buildKeyNoticeAttachment,`. */
export const ATTACHMENT_BUILDERS: AttachmentRegistry = {
  [KEY_NOTICE_ATTACHMENT]: buildKeyNoticeAttachment,
  [ADVANCE_INVOICE_ATTACHMENT]: buildAdvanceInvoiceAttachment,
};

export { UnknownAttachmentError };

const ZDescriptions = z.array(z.looseObject({ kind: z.string().min(1) }));

export async function buildAttachments(stored: unknown, registry: AttachmentRegistry = ATTACHMENT_BUILDERS): Promise<BuiltAttachment[]> {
  if (stored === null || stored === undefined) return [];
  const parsed = ZDescriptions.safeParse(Array.isArray(stored) ? stored : [stored]);
  if (!parsed.success) throw new UnknownAttachmentError("添付ファイルの記述が不正です");
  const built: BuiltAttachment[] = [];
  for (const description of parsed.data) {
    const builder = Object.hasOwn(registry, description.kind) ? registry[description.kind] : undefined;
    if (!builder) throw new UnknownAttachmentError(`未登録の種類 "${description.kind}"`);
    built.push(await builder(description));
  }
  return built;
}
