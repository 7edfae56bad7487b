// Delivers one outbox row. The row is locked for the whole attempt (SELECT … FOR UPDATE), so
// two workers can never send it at once, and a row already SENT or FAILED is left alone: a
// mail is delivered once however often its job runs. Every attempt is counted; the outcome
// (SENT, or the error) is written before the lock is released.
import type { PrismaClient } from "@/lib/db/client";
import { type AttachmentRegistry, buildAttachments } from "@/lib/mail/attachments";
import type { MailTransport } from "@/lib/mail/smtp-transport";
import { describeSendError, isPermanentSendError } from "./classify-send-error";

export type DeliveryOutcome =
  | { status: "SENT" | "ALREADY_DONE" | "MISSING" }
  | { status: "RETRY" | "FAILED"; error: string };

export type DeliveryDeps = {
  prisma: PrismaClient;
  transport: MailTransport | null; // null: SMTP_URL is not configured
  from: string;
  registry?: AttachmentRegistry;
};

// Long enough for a slow SMTP server and a large attachment; the lock is per row.
const ATTEMPT_TIMEOUT_MS = 5 * 60 * 1000;

export async function deliverOutboxMail(
  deps: DeliveryDeps,
  options: { outboxId: string; finalAttempt: boolean },
): Promise<DeliveryOutcome> {
  return deps.prisma.$transaction(
    async (tx) => {
      const locked = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "EmailOutbox" WHERE id = ${options.outboxId}::uuid FOR UPDATE`;
      if (locked.length === 0) return { status: "MISSING" as const };
      const mail = await tx.emailOutbox.findUniqueOrThrow({ where: { id: options.outboxId } });
      if (mail.status !== "PENDING") return { status: "ALREADY_DONE" as const };

      try {
        if (!deps.transport) throw new Error("SMTP_URL が設定されていないため送信できません");
        await deps.transport.sendMail({
          from: deps.from,
          to: mail.toAddress,
          subject: mail.subject,
          text: mail.textBody,
          html: mail.htmlBody,
          // The same Message-ID on every attempt: a receiver can recognise a re-delivery.
          messageId: mail.messageId,
          attachments: await buildAttachments(mail.attachments, deps.registry),
        });
        await tx.emailOutbox.update({
          where: { id: mail.id },
          data: { status: "SENT", sentAt: new Date(), attempts: { increment: 1 }, lastError: null },
        });
        return { status: "SENT" as const };
      } catch (error) {
        const failed = options.finalAttempt || isPermanentSendError(error);
        const message = describeSendError(error);
        await tx.emailOutbox.update({
          where: { id: mail.id },
          data: { status: failed ? "FAILED" : "PENDING", attempts: { increment: 1 }, lastError: message },
        });
        return { status: failed ? ("FAILED" as const) : ("RETRY" as const), error: message };
      }
    },
    { timeout: ATTEMPT_TIMEOUT_MS, maxWait: 30_000 },
  );
}
