// The graphile-worker task "prune-attempts", run daily by the worker's crontab
// (start-mail-worker.ts): deletes old sign-in and verification attempts (lib/server/maintenance/prune-attempts.ts).
import type { Task } from "graphile-worker";
import { pruneAttempts } from "@/lib/server/maintenance/prune-attempts";

export const PRUNE_ATTEMPTS_TASK = "prune-attempts";

/** 03:30 JST (18:30 UTC: graphile-worker reads crontabs in UTC), every day; a missed run is not made up (the next one prunes the same). */
export const PRUNE_ATTEMPTS_CRONTAB = `30 18 * * * ${PRUNE_ATTEMPTS_TASK}`;

export const pruneAttemptsTask: Task = async (_payload, helpers) => {
  const pruned = await pruneAttempts();
  helpers.logger.info(`prune-attempts: LoginAttempt ${pruned.loginAttempts}件, VerificationAttempt ${pruned.verificationAttempts}件を削除しました`);
};
