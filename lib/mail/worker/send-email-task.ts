// The graphile-worker task "send-email" (queued by enqueueMail). A temporary failure is
// thrown, so graphile-worker runs the job again after exp(min(attempt, 10)) seconds: 3 s,
// 7 s, 20 s … up to about 6 hours between attempts. With MAX_ATTEMPTS the retries span
// about 4 days (> 24 hours) before the mail is recorded as FAILED.
import type { Task } from "graphile-worker";
import { z } from "zod";
import { type DeliveryDeps, deliverOutboxMail } from "./deliver-outbox-mail";

// graphile-worker's default max_attempts, which enqueueMail's jobs use.
export const MAX_ATTEMPTS = 25;

const ZPayload = z.object({ outboxId: z.uuid() });

export class TemporarySendError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TemporarySendError";
  }
}

export function createSendEmailTask(deps: DeliveryDeps): Task {
  return async (payload, helpers) => {
    const parsed = ZPayload.safeParse(payload);
    if (!parsed.success) {
      helpers.logger.error(`send-email: 不正なペイロード ${JSON.stringify(payload)}`);
      return; // nothing to retry: the job can never succeed
    }
    const finalAttempt = helpers.job.attempts >= helpers.job.max_attempts;
    const outcome = await deliverOutboxMail(deps, { outboxId: parsed.data.outboxId, finalAttempt });
    if (outcome.status === "RETRY") throw new TemporarySendError(outcome.error);
    if (outcome.status === "FAILED") helpers.logger.error(`send-email ${parsed.data.outboxId}: 送信できませんでした: ${outcome.error}`);
  };
}
