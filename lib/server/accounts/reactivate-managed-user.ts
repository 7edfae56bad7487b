// 本店の管理者 reactivate a staff, ordering-body or administrator account they (or the CLI) deactivated.
import { assertRole, type AdministratorActor } from "@/lib/auth/actor";
import type { RequestContext } from "@/lib/server/request-context";
import { MANAGED_USER_SCOPE } from "./managed-user-scope";
import { reactivateUser } from "./reactivate-user";

export async function reactivateManagedUser(options: { actor: AdministratorActor; userId: unknown; request?: RequestContext }) {
  const actor = assertRole(options.actor, "ADMINISTRATOR");
  await reactivateUser({ ...options, actor, scope: MANAGED_USER_SCOPE });
}
