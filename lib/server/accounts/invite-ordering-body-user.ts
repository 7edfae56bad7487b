// 本店の管理者 invite a user of an ordering body (発注者マスタ → 発注者のアカウント): the same invitation as a
// contractor's (mail through the outbox, /account/setup link valid 72 hours). The user then sees only
// that body's guarantees (lib/server/ordering-body/list-verified-guarantees.ts).
import { getPrisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { ZInviteUser } from "@/lib/schemas/account";
import { parseInput } from "@/lib/schemas/parse-input";
import { assertRole, type AdministratorActor } from "@/lib/auth/actor";
import { isUuid } from "@/lib/domain/ids";
import type { RequestContext } from "@/lib/server/request-context";
import { inviteUser } from "./invite-user";

export async function inviteOrderingBodyUser(options: {
  actor: AdministratorActor;
  orderingBodyId: unknown;
  input: unknown;
  request?: RequestContext;
}): Promise<string> {
  const actor = assertRole(options.actor, "ADMINISTRATOR");
  if (!isUuid(options.orderingBodyId)) throw notFound();
  const orderingBodyId = options.orderingBodyId;
  const input = parseInput(ZInviteUser, options.input);
  return getPrisma().$transaction(async (tx) => {
    const body = await tx.orderingBody.findUnique({ where: { id: orderingBodyId } });
    if (!body) throw notFound();
    const user = await inviteUser(tx, {
      actor,
      target: { role: "ORDERING_BODY", orderingBodyId: body.id, organisation: body.name },
      ...input,
      request: options.request,
    });
    return user.id;
  });
}
