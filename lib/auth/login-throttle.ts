// Sign-in throttling, with its state in PostgreSQL so it holds across every app instance. Nothing is
// counted per account alone, so nobody can lock an account out from another address:
//   - per (account, source): LOGIN_FREE_FAILURES failures since the last success (within
//     LOGIN_PAIR_WINDOW_MS) are free; after that the next attempt is allowed only
//     LOGIN_BASE_DELAY_MS × 2^(failures − LOGIN_FREE_FAILURES) after the last failure, at most
//     LOGIN_MAX_DELAY_MS (1 min, 2, 4, … 1 hour);
//   - per source: at most LOGIN_SOURCE_MAX_FAILURES failures within LOGIN_SOURCE_WINDOW_MS, whichever
//     accounts were tried.
// The source is the client address, an IPv6 address by its /64 (lib/domain/throttle-source.ts).
// The attempt is counted and recorded (as a failure) by the SQL function record_login_attempt under
// the source's transaction-scoped advisory lock BEFORE the password is checked, and marked succeeded
// afterwards, so parallel guesses are counted one after another: bcrypt's ~250 ms leaves no gap.
import type { PrismaClient } from "@/lib/db/client";
import { throttleSourceOf } from "@/lib/domain/throttle-source";

export const LOGIN_FREE_FAILURES = 5;
export const LOGIN_PAIR_WINDOW_MS = 24 * 60 * 60 * 1000;
export const LOGIN_BASE_DELAY_MS = 60 * 1000;
export const LOGIN_MAX_DELAY_MS = 60 * 60 * 1000;
export const LOGIN_SOURCE_WINDOW_MS = 15 * 60 * 1000;
export const LOGIN_SOURCE_MAX_FAILURES = 30;

export type LoginReservation = { allowed: true; attemptId: bigint } | { allowed: false; retryAfterSeconds: number };

const interval = (ms: number) => `${ms / 1000} seconds`;

/** Counts and records one attempt (as a failure until markLoginSucceeded), or says how long to wait. */
export async function reserveLoginAttempt(
  prisma: PrismaClient,
  { email, ipAddress, now }: { email: string; ipAddress: string; now: Date },
): Promise<LoginReservation> {
  const [row] = await prisma.$queryRaw<{ attempt_id: bigint | null; retry_after_seconds: number | null }[]>`
    SELECT * FROM record_login_attempt(
      ${email}::text, ${ipAddress}::text, ${throttleSourceOf(ipAddress)}::text, ${now}::timestamptz,
      ${interval(LOGIN_SOURCE_WINDOW_MS)}::interval, ${LOGIN_SOURCE_MAX_FAILURES}::int,
      ${interval(LOGIN_PAIR_WINDOW_MS)}::interval, ${LOGIN_FREE_FAILURES}::int,
      ${interval(LOGIN_BASE_DELAY_MS)}::interval, ${interval(LOGIN_MAX_DELAY_MS)}::interval)`;
  if (row?.attempt_id == null) return { allowed: false, retryAfterSeconds: row?.retry_after_seconds ?? 60 };
  return { allowed: true, attemptId: row.attempt_id };
}

/** The attempt's password matched: it no longer counts as a failure and starts the pair's count again. */
export async function markLoginSucceeded(prisma: PrismaClient, attemptId: bigint): Promise<void> {
  await prisma.loginAttempt.update({ where: { id: attemptId }, data: { succeeded: true } });
}
