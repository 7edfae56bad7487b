// Reads the demo mailbox (the .eml files written by dev-mailbox-server.ts) for /dev/mailbox.
import fs from "node:fs/promises";
import path from "node:path";
import { simpleParser } from "mailparser";

const FILE_NAME = /^[0-9A-Za-z-]+\.eml$/;

export type MailboxAttachment = { index: number; filename: string; contentType: string; size: number };
export type MailboxMessage = {
  file: string;
  date: Date | null;
  from: string;
  to: string;
  subject: string;
  messageId: string | null;
  text: string | null;
  html: string | null;
  attachments: MailboxAttachment[];
};

async function parseFile(dir: string, file: string) {
  if (!FILE_NAME.test(file)) return null;
  try {
    return await simpleParser(await fs.readFile(path.join(dir, file)));
  } catch {
    return null;
  }
}

const addressText = (value: unknown) =>
  (Array.isArray(value) ? value : [value]).map((v) => (v && typeof v === "object" && "text" in v ? String(v.text) : "")).join(", ");

/** The newest messages first (file names start with the time of arrival). */
export async function listDevMailbox(dir: string, limit = 50): Promise<MailboxMessage[]> {
  const files = await fs.readdir(dir).catch(() => [] as string[]);
  const newest = files.filter((f) => FILE_NAME.test(f)).sort().reverse().slice(0, limit);
  const messages: MailboxMessage[] = [];
  for (const file of newest) {
    const mail = await parseFile(dir, file);
    if (!mail) continue;
    messages.push({
      file,
      date: mail.date ?? null,
      from: addressText(mail.from),
      to: addressText(mail.to),
      subject: mail.subject ?? "（件名なし）",
      messageId: mail.messageId ?? null,
      text: mail.text ?? null,
      html: typeof mail.html === "string" ? mail.html : null,
      attachments: mail.attachments.map((a, index) => ({
        index,
        filename: a.filename ?? `attachment-${index + 1}`,
        contentType: a.contentType,
        size: a.size,
      })),
    });
  }
  return messages;
}

export async function readDevMailboxAttachment(dir: string, file: string, index: number) {
  const mail = await parseFile(dir, file);
  const attachment = mail?.attachments[index];
  if (!attachment) return null;
  return { filename: attachment.filename ?? `attachment-${index + 1}`, contentType: attachment.contentType, content: attachment.content };
}
