// Reactivates a user found by a where clause that already carries the caller's scope (their company,
// or the accounts an administrator manages), so another company's user is simply not found (404).
// The user signs in with the password they had; one who never set a password (their invitation was
// spent by the deactivation) gets a new invitation, in the same transaction as the audit entry.
import { getPrisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/domain/ids";
import { recordAuditEntry } from "@/lib/server/audit/record-audit-entry";
import { type ScopedUserChange } from "./scoped-user-change";
import { organisationOf } from "./organisation-of";
import { sendAccountLink } from "./send-account-link";
import { userSnapshot } from "./user-snapshot";

export async function reactivateUser(options: ScopedUserChange): Promise<void> {
  if (!isUuid(options.userId)) throw notFound();
  const userId = options.userId;
  await getPrisma().$transaction(async (tx) => {
    const before = await tx.user.findFirst({ where: { ...options.scope, id: userId }, include: { company: true, branch: true, orderingBody: true, bankBranch: { include: { bank: true } } } });
    if (!before) throw notFound();
    if (before.active) return;
    const after = await tx.user.update({ where: { id: before.id }, data: { active: true, deactivatedAt: null } });
    if (after.passwordHash === null) {
      await sendAccountLink(tx, { user: after, organisation: organisationOf(before), purpose: "INVITATION", now: options.now });
    }
    const { company: _c, branch: _b, orderingBody: _o, bankBranch: _k, ...beforeUser } = before;
    await recordAuditEntry(tx, {
      actor: options.actor,
      action: "user.reactivate",
      entityType: "user",
      entityId: before.id,
      before: userSnapshot(beforeUser),
      after: userSnapshot(after),
      request: options.request,
    });
  });
}
