// Starts the e-mail worker: graphile-worker on our PostgreSQL (LISTEN/NOTIFY, so a queued mail
// is picked up within milliseconds) running the "send-email" task, the weekly "reminder-digest" and the daily "prune-attempts"
// (its crontab: graphile-worker runs each scheduled time once, however many workers run). Used inside
// `npm start` and by `npm run worker`.
import { Logger, run } from "graphile-worker";
import { getPrisma } from "@/lib/db/client";
import { ATTACHMENT_BUILDERS } from "@/lib/mail/attachments";
import { SEND_EMAIL_TASK } from "@/lib/mail/enqueue-mail";
import { createSmtpTransport } from "@/lib/mail/smtp-transport";
import { PRUNE_ATTEMPTS_CRONTAB, PRUNE_ATTEMPTS_TASK, pruneAttemptsTask } from "./prune-attempts-task";
import { REMINDER_DIGEST_CRONTAB, REMINDER_DIGEST_TASK, reminderDigestTask } from "./reminder-digest-task";
import { createSendEmailTask } from "./send-email-task";

export type RunningMailWorker = { stop: () => Promise<void> };

// Job failures are recorded on the outbox row; only warnings and errors reach the console. A server
// shutting down (Ctrl-C reaches the embedded PostgreSQL together with the app) is expected, not an error.
const quietLogger = new Logger(() => (level, message) => {
  if (message.includes("terminating connection due to administrator command")) return;
  if (level === "error" || level === "warning") console.error(`[netdesk mail] ${message}`);
});

export async function startMailWorker(options: {
  connectionString: string;
  smtpUrl: string | undefined;
  from: string;
  concurrency?: number;
}): Promise<RunningMailWorker> {
  const transport = options.smtpUrl ? createSmtpTransport(options.smtpUrl) : null;
  const runner = await run({
    connectionString: options.connectionString,
    // Four mails in flight per worker: each waits mostly on the SMTP server, not on this process.
    concurrency: options.concurrency ?? 4,
    noHandleSignals: true,
    pollInterval: 2000,
    logger: quietLogger,
    crontab: [PRUNE_ATTEMPTS_CRONTAB, REMINDER_DIGEST_CRONTAB].join("\n"),
    taskList: {
      [SEND_EMAIL_TASK]: createSendEmailTask({ prisma: getPrisma(), transport, from: options.from }),
      [PRUNE_ATTEMPTS_TASK]: pruneAttemptsTask,
      [REMINDER_DIGEST_TASK]: reminderDigestTask,
    },
  });
  return {
    stop: async () => {
      await runner.stop();
      transport?.close();
    },
  };
}
