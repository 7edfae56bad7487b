// 本店の管理者 invite another administrator (管理者アカウント). The first one is created by
// `npm run admin -- create` (scripts/admin.ts).
import { getPrisma } from "@/lib/db/client";
import { ZInviteUser } from "@/lib/schemas/account";
import { parseInput } from "@/lib/schemas/parse-input";
import { assertRole, type AdministratorActor } from "@/lib/auth/actor";
import type { RequestContext } from "@/lib/server/request-context";
import { inviteUser } from "./invite-user";

export async function inviteAdministrator(options: { actor: AdministratorActor; input: unknown; request?: RequestContext }): Promise<string> {
  const actor = assertRole(options.actor, "ADMINISTRATOR");
  const input = parseInput(ZInviteUser, options.input);
  return getPrisma().$transaction(async (tx) => {
    const user = await inviteUser(tx, {
      actor,
      target: { role: "ADMINISTRATOR", organisation: actor.headOfficeName },
      ...input,
      request: options.request,
    });
    return user.id;
  });
}
