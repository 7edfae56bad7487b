// Sign-in throttling: after LOGIN_MAX_FAILURES failures for an account, or from an
// address, within LOGIN_WINDOW_MS, further attempts are refused until the window passes.
// State is in PostgreSQL so it holds across several app instances.
import type { PrismaClient } from "@/lib/db/client";

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const LOGIN_MAX_FAILURES = 10;

export async function isLoginLocked(
  prisma: PrismaClient,
  { email, ipAddress, now = new Date() }: { email: string; ipAddress: string; now?: Date },
): Promise<boolean> {
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
  // A success for the account starts its count again; the address count does not reset.
  const lastSuccess = await prisma.loginAttempt.findFirst({
    where: { email, succeeded: true, createdAt: { gt: since } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const [byAccount, byAddress] = await Promise.all([
    prisma.loginAttempt.count({
      where: { email, succeeded: false, createdAt: { gt: lastSuccess?.createdAt ?? since } },
    }),
    prisma.loginAttempt.count({ where: { ipAddress, succeeded: false, createdAt: { gt: since } } }),
  ]);
  return byAccount >= LOGIN_MAX_FAILURES || byAddress >= LOGIN_MAX_FAILURES;
}
