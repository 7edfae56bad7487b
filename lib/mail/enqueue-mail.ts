// The e-mail outbox. Call enqueueMail inside the transaction of the change the mail reports:
// the outbox row and its graphile-worker job commit (or roll back) with that change, and the
// worker delivers it afterwards (task "send-email", see lib/mail/worker). The idempotency key
// makes a repeated call a no-op, so a retried transaction never queues the same mail twice.
import { randomUUID } from "node:crypto";
import type { MailKind, Prisma } from "@/lib/db/client";

export const SEND_EMAIL_TASK = "send-email";

export type OutboxMail = {
  kind: MailKind;
  idempotencyKey: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments?: Prisma.InputJsonValue;
  applicationId?: string;
  guaranteeId?: string;
};

function messageIdDomain(): string {
  try {
    return new URL(process.env.APP_URL ?? "http://netdesk.localhost").hostname || "netdesk.localhost";
  } catch {
    return "netdesk.localhost";
  }
}

/** Queues one e-mail; returns the outbox row id (the existing one for a repeated key). */
export async function enqueueMail(tx: Prisma.TransactionClient, mail: OutboxMail): Promise<string> {
  await tx.emailOutbox.createMany({
    data: [
      {
        kind: mail.kind,
        idempotencyKey: mail.idempotencyKey,
        // Stable across retries, so a receiving server can recognise a re-delivery.
        messageId: `<${randomUUID()}@${messageIdDomain()}>`,
        toAddress: mail.to,
        subject: mail.subject,
        textBody: mail.text,
        htmlBody: mail.html,
        attachments: mail.attachments,
        applicationId: mail.applicationId,
        guaranteeId: mail.guaranteeId,
      },
    ],
    skipDuplicates: true,
  });
  const row = await tx.emailOutbox.findUniqueOrThrow({ where: { idempotencyKey: mail.idempotencyKey }, select: { id: true } });
  // job_key: at most one pending job per outbox row.
  await tx.$executeRaw`SELECT graphile_worker.add_job(${SEND_EMAIL_TASK}, json_build_object('outboxId', ${row.id}::text), job_key := ${`email:${row.id}`})`;
  return row.id;
}
