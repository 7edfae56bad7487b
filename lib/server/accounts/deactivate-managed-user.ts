// 本店の管理者 deactivate a staff, ordering-body or administrator account (支店マスタ, 発注者マスタ,
// 管理者アカウント). Not themselves, and never the last active administrator (lib/server/accounts/deactivate-user.ts).
import { assertRole, type AdministratorActor } from "@/lib/auth/actor";
import type { RequestContext } from "@/lib/server/request-context";
import { deactivateUser } from "./deactivate-user";
import { MANAGED_USER_SCOPE } from "./managed-user-scope";

export async function deactivateManagedUser(options: { actor: AdministratorActor; userId: unknown; request?: RequestContext }) {
  const actor = assertRole(options.actor, "ADMINISTRATOR");
  await deactivateUser({ ...options, actor, scope: MANAGED_USER_SCOPE });
}
