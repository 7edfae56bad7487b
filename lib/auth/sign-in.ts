// Checks an e-mail and password. Every attempt is counted and recorded before the password is looked
// at (lib/auth/login-throttle.ts); a refused one says how long to wait.
import { z } from "zod";
import { getPrisma } from "@/lib/db/client";
import { normaliseEmail } from "@/lib/domain/email";
import { withoutNul } from "@/lib/domain/without-nul";
import { markLoginSucceeded, reserveLoginAttempt } from "./login-throttle";
import { verifyPassword } from "./password";

// The address is looked up and logged in PostgreSQL, which cannot hold NUL (found by fuzzing).
const ZCredentials = z.object({ email: z.string().max(320).transform(withoutNul), password: z.string().max(1024) });

export type SignInResult =
  | { ok: true; userId: string; sessionVersion: number }
  | { ok: false; locked: false }
  | { ok: false; locked: true; retryAfterSeconds: number };

export async function signInWithPassword(input: unknown, ipAddress: string, now = new Date()): Promise<SignInResult> {
  const parsed = ZCredentials.safeParse(input);
  if (!parsed.success) return { ok: false, locked: false };
  const email = normaliseEmail(parsed.data.email);
  const prisma = getPrisma();
  const reservation = await reserveLoginAttempt(prisma, { email, ipAddress, now });
  if (!reservation.allowed) return { ok: false, locked: true, retryAfterSeconds: reservation.retryAfterSeconds };

  const user = await prisma.user.findUnique({ where: { email } });
  const passwordOk = await verifyPassword(parsed.data.password, user?.passwordHash);
  if (!user?.active || !passwordOk) return { ok: false, locked: false };
  await markLoginSucceeded(prisma, reservation.attemptId);
  await prisma.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
  return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
}
