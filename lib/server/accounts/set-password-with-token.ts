// Sets a password from an invitation or reset link. The link is spent in the same transaction
// that stores the password, by a conditional update, so two concurrent uses cannot both succeed.
// The user's session version is raised, so every session of theirs ends (whoever reset the password
// signs in with it next).
import { passwordProblem } from "@/lib/auth/password-rules";
import { hashPassword } from "@/lib/auth/password";
import { getPrisma, type TokenPurpose } from "@/lib/db/client";
import type { AuditAction } from "@/lib/domain/audit-actions";
import { AppError } from "@/lib/errors";
import { ZSetPassword } from "@/lib/schemas/account";
import { parseInput } from "@/lib/schemas/parse-input";
import { recordAuditEntry } from "@/lib/server/audit/record-audit-entry";
import type { RequestContext } from "@/lib/server/request-context";
import { findUsableUserToken, LINK_INVALID_MESSAGE } from "./find-usable-user-token";

const ACTIONS: Record<TokenPurpose, AuditAction> = { INVITATION: "user.accept-invitation", PASSWORD_RESET: "user.password-reset" };

export async function setPasswordWithToken(options: {
  token: unknown;
  purpose: TokenPurpose;
  input: unknown;
  request?: RequestContext;
  now?: Date;
}): Promise<{ email: string }> {
  const now = options.now ?? new Date();
  const found = await findUsableUserToken({ token: options.token, purpose: options.purpose, now });
  if (!found) throw new AppError("NOT_FOUND", LINK_INVALID_MESSAGE);
  const { password } = parseInput(ZSetPassword, options.input);
  const problem = passwordProblem(password, found.user.email);
  if (problem) throw new AppError("VALIDATION", problem, { password: problem });
  const passwordHash = await hashPassword(password);

  await getPrisma().$transaction(async (tx) => {
    const spent = await tx.userToken.updateMany({
      where: { id: found.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (spent.count !== 1) throw new AppError("NOT_FOUND", LINK_INVALID_MESSAGE);
    const updated = await tx.user.updateMany({ where: { id: found.userId, active: true }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    if (updated.count !== 1) throw new AppError("NOT_FOUND", LINK_INVALID_MESSAGE);
    // Any other link still open for this user stops working: the newest password wins.
    await tx.userToken.updateMany({ where: { userId: found.userId, usedAt: null }, data: { usedAt: now } });
    await recordAuditEntry(tx, {
      actor: { userId: found.user.id, role: found.user.role },
      action: ACTIONS[options.purpose],
      entityType: "user",
      entityId: found.user.id,
      before: { passwordSet: found.user.passwordHash !== null },
      after: { passwordSet: true },
      request: options.request,
    });
  });
  return { email: found.user.email };
}
