// Deactivates a user found by a where clause that already carries the caller's scope (their
// company, or the accounts an administrator manages), so another company's user is simply not found
// (404). Nobody deactivates themselves, and the last active administrator stays: the company can
// never lock itself out (the active administrators are locked first, so two administrators
// deactivating each other at once cannot both succeed).
// The user can no longer sign in, and an open session ends at its next request
// (lib/auth/find-active-user.ts reads `active` on every request); the session version is raised too,
// so a later reactivation does not bring the old sessions back.
import { getPrisma, type Prisma } from "@/lib/db/client";
import { AppError, conflict, notFound } from "@/lib/errors";
import { isUuid } from "@/lib/domain/ids";
import { recordAuditEntry } from "@/lib/server/audit/record-audit-entry";
import { type ScopedUserChange } from "./scoped-user-change";
import { userSnapshot } from "./user-snapshot";

export async function deactivateUser(options: ScopedUserChange): Promise<void> {
  if (!isUuid(options.userId)) throw notFound();
  if (options.userId === options.actor.userId) {
    throw new AppError("VALIDATION", "ご自身のアカウントは無効にできません。");
  }
  const userId = options.userId;
  await getPrisma().$transaction(async (tx) => {
    const before = await tx.user.findFirst({ where: { ...options.scope, id: userId } });
    if (!before) throw notFound();
    if (before.role === "ADMINISTRATOR") await keepAnotherAdministrator(tx, before.id);
    if (!before.active) return;
    const after = await tx.user.update({
      where: { id: before.id },
      data: { active: false, deactivatedAt: options.now ?? new Date(), sessionVersion: { increment: 1 } },
    });
    // Links sent earlier (invitation, reset) must not bring the account back.
    await tx.userToken.updateMany({ where: { userId: before.id, usedAt: null }, data: { usedAt: after.deactivatedAt } });
    await recordAuditEntry(tx, {
      actor: options.actor,
      action: "user.deactivate",
      entityType: "user",
      entityId: before.id,
      before: userSnapshot(before),
      after: userSnapshot(after),
      request: options.request,
    });
  });
}

export const LAST_ADMINISTRATOR_MESSAGE = "最後の有効な管理者は無効にできません。先に別の管理者を登録してください。";

/** Locks the active administrators (in id order: no deadlock) and refuses when `userId` is the last of them. */
async function keepAnotherAdministrator(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  const active = await tx.$queryRaw<{ id: string }[]>`
    SELECT id::text FROM "User" WHERE role = 'ADMINISTRATOR' AND active ORDER BY id FOR UPDATE`;
  if (active.some((row) => row.id === userId) && active.length <= 1) throw conflict(LAST_ADMINISTRATOR_MESSAGE);
}
