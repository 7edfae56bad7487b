// 本店の管理者 invite a user of a 預託金融機関 branch: the same invitation as every other account (mail
// through the outbox, /account/setup link). The user then sees only the guarantees deposited there.
import { assertRole, bankBranchDisplayName, type AdministratorActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { isUuid } from "@/lib/domain/ids";
import { notFound } from "@/lib/errors";
import { ZInviteUser } from "@/lib/schemas/account";
import { parseInput } from "@/lib/schemas/parse-input";
import { inviteUser } from "@/lib/server/accounts/invite-user";
import type { RequestContext } from "@/lib/server/request-context";

export async function inviteBankUser(options: { actor: AdministratorActor; bankBranchId: unknown; input: unknown; request?: RequestContext }): Promise<string> {
  const actor = assertRole(options.actor, "ADMINISTRATOR");
  if (!isUuid(options.bankBranchId)) throw notFound();
  const bankBranchId = options.bankBranchId;
  const input = parseInput(ZInviteUser, options.input);
  return getPrisma().$transaction(async (tx) => {
    const branch = await tx.bankBranch.findUnique({ where: { id: bankBranchId }, include: { bank: true } });
    if (!branch) throw notFound();
    const user = await inviteUser(tx, { actor, target: { role: "BANK_USER", bankBranchId: branch.id, organisation: bankBranchDisplayName(branch) }, ...input, request: options.request });
    return user.id;
  });
}
