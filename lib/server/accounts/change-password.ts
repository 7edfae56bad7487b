// パスワード変更 for any signed-in user: the current password is required. Raises the user's session
// version, which ends every session of theirs (a stolen cookie included), and spends every open link
// (reset, invitation), as a reset does. The caller re-issues the session it came from with the version
// this returns (lib/auth/reissue-session.ts), so the user who changed it stays signed in there.
import { passwordProblem } from "@/lib/auth/password-rules";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ZChangePassword } from "@/lib/schemas/account";
import { parseInput } from "@/lib/schemas/parse-input";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEntry } from "@/lib/server/audit/record-audit-entry";
import type { RequestContext } from "@/lib/server/request-context";

const WRONG_CURRENT = "現在のパスワードが正しくありません。";

export async function changePassword(options: {
  actor: Actor;
  input: unknown;
  request?: RequestContext;
  now?: Date;
}): Promise<{ sessionVersion: number }> {
  const { currentPassword, newPassword } = parseInput(ZChangePassword, options.input);
  const prisma = getPrisma();
  const user = await prisma.user.findUnique({ where: { id: options.actor.userId } });
  if (!user?.active || !(await verifyPassword(currentPassword, user.passwordHash))) {
    throw new AppError("VALIDATION", WRONG_CURRENT, { currentPassword: WRONG_CURRENT });
  }
  const problem = passwordProblem(newPassword, user.email);
  if (problem) throw new AppError("VALIDATION", problem, { newPassword: problem });
  if (newPassword === currentPassword) {
    const same = "現在と異なるパスワードを入力してください。";
    throw new AppError("VALIDATION", same, { newPassword: same });
  }
  const passwordHash = await hashPassword(newPassword);
  const now = options.now ?? new Date();
  return prisma.$transaction(async (tx) => {
    const updated = await tx.user.update({ where: { id: user.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await tx.userToken.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: now } });
    await recordAuditEntry(tx, {
      actor: { userId: user.id, role: user.role },
      action: "user.password-change",
      entityType: "user",
      entityId: user.id,
      before: { passwordSet: user.passwordHash !== null },
      after: { passwordSet: true },
      request: options.request,
    });
    return { sessionVersion: updated.sessionVersion };
  });
}
