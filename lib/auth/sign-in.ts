// Checks an e-mail and password. Every attempt is recorded; a locked account or address
// is refused before the password is looked at.
import { z } from "zod";
import { getPrisma } from "@/lib/db/client";
import { normaliseEmail } from "@/lib/domain/email";
import { withoutNul } from "@/lib/domain/without-nul";
import { isLoginLocked } from "./login-throttle";
import { verifyPassword } from "./password";

export const LOGIN_LOCKED = "LOGIN_LOCKED";

// The address is looked up and logged in PostgreSQL, which cannot hold NUL (found by fuzzing).
const ZCredentials = z.object({ email: z.string().max(320).transform(withoutNul), password: z.string().max(1024) });

export type SignInResult = { ok: true; userId: string } | { ok: false; locked: boolean };

export async function signInWithPassword(input: unknown, ipAddress: string, now = new Date()): Promise<SignInResult> {
  const parsed = ZCredentials.safeParse(input);
  if (!parsed.success) return { ok: false, locked: false };
  const email = normaliseEmail(parsed.data.email);
  const prisma = getPrisma();
  if (await isLoginLocked(prisma, { email, ipAddress, now })) return { ok: false, locked: true };

  const user = await prisma.user.findUnique({ where: { email } });
  const passwordOk = await verifyPassword(parsed.data.password, user?.passwordHash);
  const ok = Boolean(user?.active) && passwordOk;
  await prisma.loginAttempt.create({ data: { email, ipAddress, succeeded: ok, createdAt: now } });
  if (!ok || !user) return { ok: false, locked: false };
  await prisma.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
  return { ok: true, userId: user.id };
}
