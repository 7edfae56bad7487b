// 本店の管理者 add a staff account to a branch (支店マスタ → 担当者); the new user sets a password from
// the invitation. Only administrators: branch staff manage no accounts, their own branch's included.
import { getPrisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { ZInviteUser } from "@/lib/schemas/account";
import { parseInput } from "@/lib/schemas/parse-input";
import { assertRole, type AdministratorActor } from "@/lib/auth/actor";
import { isUuid } from "@/lib/domain/ids";
import type { RequestContext } from "@/lib/server/request-context";
import { inviteUser } from "./invite-user";

export async function inviteStaffUser(options: {
  actor: AdministratorActor;
  branchId: unknown;
  input: unknown;
  request?: RequestContext;
}): Promise<string> {
  const actor = assertRole(options.actor, "ADMINISTRATOR");
  if (!isUuid(options.branchId)) throw notFound();
  const branchId = options.branchId;
  const input = parseInput(ZInviteUser, options.input);
  return getPrisma().$transaction(async (tx) => {
    const branch = await tx.branch.findUnique({ where: { id: branchId } });
    if (!branch) throw notFound();
    const user = await inviteUser(tx, {
      actor,
      target: { role: "SURETY_STAFF", branchId: branch.id, organisation: branch.name },
      ...input,
      request: options.request,
    });
    return user.id;
  });
}
