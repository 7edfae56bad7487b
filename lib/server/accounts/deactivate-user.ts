// Deactivates a user found by a where clause that already carries the caller's scope (their
// company, or the staff role), so another company's user is simply not found (404).
// The user can no longer sign in, and an open session ends at its next request
// (lib/auth/find-active-user.ts reads `active` on every request); the session version is raised too,
// so a later reactivation does not bring the old sessions back.
import { getPrisma, type Prisma } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { type Actor } from "@/lib/auth/actor";
import { isUuid } from "@/lib/domain/ids";
import { recordAuditEntry } from "@/lib/server/audit/record-audit-entry";
import type { RequestContext } from "@/lib/server/request-context";
import { userSnapshot } from "./user-snapshot";

export async function deactivateUser(options: {
  actor: Actor;
  userId: unknown;
  scope: Prisma.UserWhereInput;
  request?: RequestContext;
  now?: Date;
}): Promise<void> {
  if (!isUuid(options.userId)) throw notFound();
  if (options.userId === options.actor.userId) {
    throw new AppError("VALIDATION", "ご自身のアカウントは無効にできません。");
  }
  const userId = options.userId;
  await getPrisma().$transaction(async (tx) => {
    const before = await tx.user.findFirst({ where: { ...options.scope, id: userId } });
    if (!before) throw notFound();
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
