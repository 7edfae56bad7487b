// Brute-force protection of the 発注者 verification, with its state in PostgreSQL so it holds
// across every app instance. Limits are per source (the client address; an IPv6 address by its /64,
// lib/domain/throttle-source.ts), never per 保証契約番号 alone: numbers are guessable, so a count per
// number would let a handful of addresses keep a whole branch's guarantees unverifiable, and a
// 12-character key (about 71 bits) needs no lockout of its own.
//   - per source: at most 60 attempts a minute, whatever the numbers;
//   - per (number, source): after 10 failures within 15 minutes every attempt from that source on that
//     number (the right key included, so the source learns nothing) is refused until the oldest of those
//     failures leaves the window.
// A right key from a source that is not itself throttled is always answered. An attempt is recorded
// only within these limits by the SQL function record_verification_attempt (verification-attempt.ts),
// under the source's transaction-scoped advisory lock, so concurrent attempts are counted one after
// another and never pass a limit. Failures from many sources show in the failure rate instead
// (verification-failure-rate.ts). This file holds the limits and the Retry-After of a refused attempt.
import type { Prisma } from "@/lib/db/client";
import { throttleSourceOf } from "@/lib/domain/throttle-source";

export const SOURCE_WINDOW_MS = 60 * 1000;
export const SOURCE_MAX_ATTEMPTS = 60;
export const PAIR_WINDOW_MS = 15 * 60 * 1000;
export const PAIR_MAX_FAILURES = 10;

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const secondsUntil = (instant: number, now: number) => Math.max(1, Math.ceil((instant - now) / 1000));

type WindowCounts = {
  source_count: bigint;
  source_oldest: Date | null;
  pair_failures: bigint;
  pair_oldest: Date | null;
};

/** Both limits in one round trip: how many recent attempts, and when the oldest counted one leaves its window. */
export async function checkVerificationThrottle(
  db: Prisma.TransactionClient,
  { contractNumber, ipAddress, now }: { contractNumber: string; ipAddress: string; now: Date },
): Promise<ThrottleVerdict> {
  const t = now.getTime();
  const source = throttleSourceOf(ipAddress);
  const [counts] = await db.$queryRaw<WindowCounts[]>`
    WITH by_source AS (
      SELECT "createdAt" FROM "VerificationAttempt"
      WHERE "source" = ${source} AND "createdAt" > ${new Date(t - SOURCE_WINDOW_MS)}
      ORDER BY "createdAt" DESC LIMIT ${SOURCE_MAX_ATTEMPTS}
    ), pair_failures AS (
      SELECT "createdAt" FROM "VerificationAttempt"
      WHERE "contractNumber" = ${contractNumber} AND "source" = ${source} AND NOT succeeded AND "createdAt" > ${new Date(t - PAIR_WINDOW_MS)}
      ORDER BY "createdAt" DESC LIMIT ${PAIR_MAX_FAILURES}
    )
    SELECT (SELECT count(*) FROM by_source) AS source_count, (SELECT min("createdAt") FROM by_source) AS source_oldest,
           (SELECT count(*) FROM pair_failures) AS pair_failures, (SELECT min("createdAt") FROM pair_failures) AS pair_oldest`;
  if (Number(counts!.source_count) >= SOURCE_MAX_ATTEMPTS) {
    return { allowed: false, retryAfterSeconds: secondsUntil(counts!.source_oldest!.getTime() + SOURCE_WINDOW_MS, t) };
  }
  if (Number(counts!.pair_failures) >= PAIR_MAX_FAILURES) {
    return { allowed: false, retryAfterSeconds: secondsUntil(counts!.pair_oldest!.getTime() + PAIR_WINDOW_MS, t) };
  }
  return { allowed: true };
}
