// Guarantee staff add a staff account to a branch; the new user sets a password from the invitation.
import { getPrisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { ZInviteUser } from "@/lib/schemas/account";
import { parseInput } from "@/lib/schemas/parse-input";
import { assertRole, type StaffActor } from "@/lib/auth/actor";
import { isUuid } from "@/lib/domain/ids";
import type { RequestContext } from "@/lib/server/request-context";
import { inviteUser } from "./invite-user";

export async function inviteStaffUser(options: {
  actor: StaffActor;
  branchId: unknown;
  input: unknown;
  request?: RequestContext;
}): Promise<string> {
  const actor = assertRole(options.actor, "SURETY_STAFF");
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
