// Brute-force protection of the 発注者 verification, with its state in PostgreSQL so it holds
// across every app instance:
//   - per 保証契約番号: after 10 failed attempts within 15 minutes, every attempt (even with the
//     right key) is refused until the oldest of those failures leaves the window;
//   - per client address: at most 60 attempts a minute.
// An attempt is recorded only within these limits by the SQL function record_verification_attempt
// (verification-attempt.ts), under transaction-scoped advisory locks, so concurrent attempts from the
// same address, and concurrent failures on the same number, are counted one after another and never
// pass a limit. This file holds the limits and the Retry-After of a refused attempt.
import type { Prisma } from "@/lib/db/client";

export const NUMBER_WINDOW_MS = 15 * 60 * 1000;
export const NUMBER_MAX_FAILURES = 10;
export const ADDRESS_WINDOW_MS = 60 * 1000;
export const ADDRESS_MAX_ATTEMPTS = 60;

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const secondsUntil = (instant: number, now: number) => Math.max(1, Math.ceil((instant - now) / 1000));

type WindowCounts = {
  address_count: bigint;
  address_oldest: Date | null;
  number_failures: bigint;
  number_oldest: Date | null;
};

/** Both limits in one round trip: how many recent attempts, and when the oldest counted one leaves its window. */
export async function checkVerificationThrottle(
  db: Prisma.TransactionClient,
  { contractNumber, ipAddress, now }: { contractNumber: string; ipAddress: string; now: Date },
): Promise<ThrottleVerdict> {
  const t = now.getTime();
  const [counts] = await db.$queryRaw<WindowCounts[]>`
    WITH by_address AS (
      SELECT "createdAt" FROM "VerificationAttempt"
      WHERE "ipAddress" = ${ipAddress} AND "createdAt" > ${new Date(t - ADDRESS_WINDOW_MS)}
      ORDER BY "createdAt" DESC LIMIT ${ADDRESS_MAX_ATTEMPTS}
    ), number_failures AS (
      SELECT "createdAt" FROM "VerificationAttempt"
      WHERE "contractNumber" = ${contractNumber} AND NOT succeeded AND "createdAt" > ${new Date(t - NUMBER_WINDOW_MS)}
      ORDER BY "createdAt" DESC LIMIT ${NUMBER_MAX_FAILURES}
    )
    SELECT (SELECT count(*) FROM by_address) AS address_count, (SELECT min("createdAt") FROM by_address) AS address_oldest,
           (SELECT count(*) FROM number_failures) AS number_failures, (SELECT min("createdAt") FROM number_failures) AS number_oldest`;
  if (Number(counts!.address_count) >= ADDRESS_MAX_ATTEMPTS) {
    return { allowed: false, retryAfterSeconds: secondsUntil(counts!.address_oldest!.getTime() + ADDRESS_WINDOW_MS, t) };
  }
  if (Number(counts!.number_failures) >= NUMBER_MAX_FAILURES) {
    return { allowed: false, retryAfterSeconds: secondsUntil(counts!.number_oldest!.getTime() + NUMBER_WINDOW_MS, t) };
  }
  return { allowed: true };
}
