// The graphile-worker task "reminder-digest", run weekly by the worker's crontab (start-mail-worker.ts):
// queues the 保証申込のお勧め digests (lib/server/reminders/queue-reminder-digests.ts).
import type { Task } from "graphile-worker";
import { queueReminderDigests } from "@/lib/server/reminders/queue-reminder-digests";

export const REMINDER_DIGEST_TASK = "reminder-digest";

/** Mondays 08:00 JST (Sunday 23:00 UTC: graphile-worker reads crontabs in UTC); a missed week is not made up. */
export const REMINDER_DIGEST_CRONTAB = `0 23 * * 0 ${REMINDER_DIGEST_TASK}`;

export const reminderDigestTask: Task = async (_payload, helpers) => {
  const queued = await queueReminderDigests();
  helpers.logger.info(`reminder-digest: ${queued}社にお勧めのメールを送信予約しました`);
};
