import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import nodemailer from "nodemailer";
import { describe, expect, it } from "vitest";
import { listDevMailbox, readDevMailboxAttachment } from "@/lib/mail/read-dev-mailbox";

describe("the demo mailbox reader", () => {
  it("lists messages newest first with their parts and attachments, and reads an attachment back", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mailbox-"));
    const composer = nodemailer.createTransport({ streamTransport: true, buffer: true });
    const write = async (name: string, subject: string) => {
      const info = await composer.sendMail({
        from: "no-reply@netdesk.example.jp", to: "a@example.jp", subject, text: "本文です", html: "<p>本文です</p>",
        attachments: [{ filename: "認証キーのお知らせ.pdf", content: Buffer.from("%PDF-1.7 test"), contentType: "application/pdf" }],
      });
      fs.writeFileSync(path.join(dir, name), info.message as Buffer);
    };
    await write("2026-01-01T00-00-00-000Z-aaaa.eml", "古いメール");
    await write("2026-01-02T00-00-00-000Z-bbbb.eml", "新しいメール");
    fs.writeFileSync(path.join(dir, "not-a-mail.txt"), "x");

    const messages = await listDevMailbox(dir);
    expect(messages.map((m) => m.subject)).toEqual(["新しいメール", "古いメール"]);
    expect(messages[0]).toMatchObject({ to: "a@example.jp", text: "本文です", html: "<p>本文です</p>" });
    expect(messages[0]!.attachments).toEqual([{ index: 0, filename: "認証キーのお知らせ.pdf", contentType: "application/pdf", size: 13 }]);
    const attachment = await readDevMailboxAttachment(dir, messages[0]!.file, 0);
    expect(attachment?.content.toString()).toBe("%PDF-1.7 test");
    expect(await readDevMailboxAttachment(dir, "../secrets.json", 0)).toBeNull();
    expect(await readDevMailboxAttachment(dir, messages[0]!.file, 5)).toBeNull();
    expect(await listDevMailbox(path.join(dir, "missing"))).toEqual([]);
  });
});
