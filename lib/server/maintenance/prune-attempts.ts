// Keeps the attempt tables from growing without bound (issue 14, item 19). Run once a day by the
// worker's crontab (lib/mail/worker/start-mail-worker.ts), and safe to run anywhere at any time.
// What the throttles need is far younger than the retention: sign-in counts look back 24 hours at
// most (login-throttle.ts), verification counts 15 minutes (verification/throttle.ts) and the failure
// rate 24 hours. After ATTEMPT_RETENTION_DAYS (90 days, the security log's reach):
//   - LoginAttempt: every row goes.
//   - VerificationAttempt: every row goes but, per guarantee and per user (an anonymous lookup counting
//     as one user), the latest successful one. That keeps exactly what is read from old rows: 「発注者に
//     よる確認: 確認済み」 and 「照会あり」 with their times (last-ordering-body-check.ts), an ordering body's
//     verified guarantees with their last verification (list-verified-guarantees.ts), and whether the body
//     has seen a guarantee (queue-change-notice.ts, confirm-receipt.ts).
// Deleted in batches, so no statement holds many row locks or runs long.
import { getPrisma } from "@/lib/db/client";

export const ATTEMPT_RETENTION_DAYS = 90;
const BATCH = 5_000;

export type PrunedAttempts = { loginAttempts: number; verificationAttempts: number };

export async function pruneAttempts({ now = new Date() }: { now?: Date } = {}): Promise<PrunedAttempts> {
  const prisma = getPrisma();
  const cutoff = new Date(now.getTime() - ATTEMPT_RETENTION_DAYS * 24 * 60 * 60 * 1000);
  const pruned: PrunedAttempts = { loginAttempts: 0, verificationAttempts: 0 };
  for (;;) {
    const n = await prisma.$executeRaw`
      DELETE FROM "LoginAttempt" WHERE "id" IN (
        SELECT "id" FROM "LoginAttempt" WHERE "createdAt" < ${cutoff} LIMIT ${BATCH})`;
    pruned.loginAttempts += n;
    if (n < BATCH) break;
  }
  for (;;) {
    const n = await prisma.$executeRaw`
      DELETE FROM "VerificationAttempt" WHERE "id" IN (
        SELECT a."id" FROM "VerificationAttempt" a
         WHERE a."createdAt" < ${cutoff}
           AND NOT (a."succeeded" AND NOT EXISTS (
                 SELECT 1 FROM "VerificationAttempt" b
                  WHERE b."guaranteeId" = a."guaranteeId" AND b."succeeded"
                    AND b."userId" IS NOT DISTINCT FROM a."userId"
                    AND (b."createdAt", b."id") > (a."createdAt", a."id")))
         LIMIT ${BATCH})`;
    pruned.verificationAttempts += n;
    if (n < BATCH) break;
  }
  return pruned;
}
