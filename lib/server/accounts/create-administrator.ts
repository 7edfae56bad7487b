// `npm run admin -- create --email … --name …` (scripts/admin.ts): the first administrator of a
// production database, where nothing is seeded, or a later one. Idempotent and audited:
//   - no user with the address: an administrator is created, without a password;
//   - an administrator who has not set a password yet, or was deactivated: made active again;
//   - an active administrator with a password: nothing changes (they use パスワードをお忘れの方);
//   - a user of another role: refused.
// Where something changed, the answer carries a single-use set-password link (/account/setup, valid
// 72 hours; every older open link of the user is spent), printed by the script, not mailed: at the
// first start there may be no mail server yet.
import { getPrisma } from "@/lib/db/client";
import { conflict } from "@/lib/errors";
import { ZInviteUser } from "@/lib/schemas/account";
import { parseInput } from "@/lib/schemas/parse-input";
import { recordAuditEntry } from "@/lib/server/audit/record-audit-entry";
import type { RequestContext } from "@/lib/server/request-context";
import { issueAccountLink } from "./send-account-link";
import { userSnapshot } from "./user-snapshot";

export type CreateAdministratorResult =
  | { outcome: "created" | "link-issued"; userId: string; email: string; url: string; expiresAt: Date }
  | { outcome: "unchanged"; userId: string; email: string };

export const OTHER_ROLE_MESSAGE = "このメールアドレスは管理者以外の利用者として登録されています。別のアドレスを指定してください。";

// The script's trail: no signed-in actor, so the audit entry says where it came from.
const SCRIPT_REQUEST: RequestContext = { ipAddress: "127.0.0.1", userAgent: "npm run admin -- create" };

export async function createAdministrator(options: { input: unknown; now?: Date; request?: RequestContext }): Promise<CreateAdministratorResult> {
  const { name, email } = parseInput(ZInviteUser, options.input);
  const now = options.now ?? new Date();
  const request = options.request ?? SCRIPT_REQUEST;
  return getPrisma().$transaction(async (tx) => {
    // Two runs at once for one address: the second waits and then finds the first's user.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`netdesk:create-administrator:${email}`}, 0))`;
    const before = await tx.user.findUnique({ where: { email } });
    if (before && before.role !== "ADMINISTRATOR") throw conflict(OTHER_ROLE_MESSAGE, { email: OTHER_ROLE_MESSAGE });
    if (before?.active && before.passwordHash !== null) return { outcome: "unchanged", userId: before.id, email };

    const after = before
      ? await tx.user.update({ where: { id: before.id }, data: { active: true, deactivatedAt: null } })
      : await tx.user.create({ data: { email, name, role: "ADMINISTRATOR" } });
    await tx.userToken.updateMany({ where: { userId: after.id, usedAt: null }, data: { usedAt: now } });
    const link = await issueAccountLink(tx, { userId: after.id, purpose: "INVITATION", now });
    await recordAuditEntry(tx, {
      actor: null,
      action: "user.create-administrator",
      entityType: "user",
      entityId: after.id,
      before: before ? userSnapshot(before) : null,
      after: userSnapshot(after),
      request,
    });
    return { outcome: before ? "link-issued" : "created", userId: after.id, email, url: link.url, expiresAt: link.expiresAt };
  });
}
