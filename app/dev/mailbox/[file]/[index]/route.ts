// Downloads one attachment of a demo-mailbox message (demo mode and a loopback client only, 404 otherwise).
import { getConfig } from "@/lib/config";
import { devMailboxOpen } from "@/lib/mail/dev-mailbox-access";
import { mailboxDir } from "@/lib/mail/dev-mailbox-server";
import { readDevMailboxAttachment } from "@/lib/mail/read-dev-mailbox";

export async function GET(request: Request, { params }: { params: Promise<{ file: string; index: string }> }) {
  const config = getConfig();
  const { file, index } = await params;
  if (!devMailboxOpen(request.headers) || !/^\d{1,3}$/.test(index)) return new Response("Not Found", { status: 404 });
  const attachment = await readDevMailboxAttachment(mailboxDir(config.DATA_DIR), file, Number(index));
  if (!attachment) return new Response("Not Found", { status: 404 });
  const ascii = attachment.filename.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return new Response(new Uint8Array(attachment.content), {
    headers: {
      // Always a download, never rendered here: an attachment is untrusted content.
      "Content-Type": attachment.contentType === "application/pdf" ? "application/pdf" : "application/octet-stream",
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(attachment.filename)}`,
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "sandbox",
    },
  });
}
