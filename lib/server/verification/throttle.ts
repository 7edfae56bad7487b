// Brute-force protection of the 発注者 verification, with its state in PostgreSQL so it holds
// across every app instance:
//   - per 保証契約番号: after 10 failed attempts within 15 minutes, every attempt (even with the
//     right key) is refused until the oldest of those failures leaves the window;
//   - per client address: at most 60 attempts a minute.
// Callers hold lockVerificationSubjects() in their transaction, so concurrent attempts on the
// same number or from the same address are counted one after another, never past the limit.
import type { Prisma } from "@/lib/db/client";

export const NUMBER_WINDOW_MS = 15 * 60 * 1000;
export const NUMBER_MAX_FAILURES = 10;
export const ADDRESS_WINDOW_MS = 60 * 1000;
export const ADDRESS_MAX_ATTEMPTS = 60;

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Serialises attempts per number and per address (transaction-scoped advisory locks; address first, always). */
export async function lockVerificationSubjects(tx: Prisma.TransactionClient, contractNumber: string, ipAddress: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`verify-ip:${ipAddress}`}, 0))`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`verify-no:${contractNumber}`}, 0))`;
}

const secondsUntil = (instant: number, now: number) => Math.max(1, Math.ceil((instant - now) / 1000));

export async function checkVerificationThrottle(
  tx: Prisma.TransactionClient,
  { contractNumber, ipAddress, now }: { contractNumber: string; ipAddress: string; now: Date },
): Promise<ThrottleVerdict> {
  const t = now.getTime();
  const byAddress = await tx.verificationAttempt.findMany({
    where: { ipAddress, createdAt: { gt: new Date(t - ADDRESS_WINDOW_MS) } },
    orderBy: { createdAt: "desc" },
    take: ADDRESS_MAX_ATTEMPTS,
    select: { createdAt: true },
  });
  if (byAddress.length >= ADDRESS_MAX_ATTEMPTS) {
    const oldest = byAddress[ADDRESS_MAX_ATTEMPTS - 1]!.createdAt.getTime();
    return { allowed: false, retryAfterSeconds: secondsUntil(oldest + ADDRESS_WINDOW_MS, t) };
  }
  const failures = await tx.verificationAttempt.findMany({
    where: { contractNumber, succeeded: false, createdAt: { gt: new Date(t - NUMBER_WINDOW_MS) } },
    orderBy: { createdAt: "desc" },
    take: NUMBER_MAX_FAILURES,
    select: { createdAt: true },
  });
  if (failures.length >= NUMBER_MAX_FAILURES) {
    const oldest = failures[NUMBER_MAX_FAILURES - 1]!.createdAt.getTime();
    return { allowed: false, retryAfterSeconds: secondsUntil(oldest + NUMBER_WINDOW_MS, t) };
  }
  return { allowed: true };
}
