// A contractor user invites a colleague into their own company (お客様情報 → ユーザーの招待).
import { getPrisma } from "@/lib/db/client";
import { ZInviteUser } from "@/lib/schemas/account";
import { parseInput } from "@/lib/schemas/parse-input";
import { assertRole, type ContractorActor } from "@/lib/auth/actor";
import type { RequestContext } from "@/lib/server/request-context";
import { inviteUser } from "./invite-user";

export async function inviteColleague(options: { actor: ContractorActor; input: unknown; request?: RequestContext }): Promise<string> {
  const actor = assertRole(options.actor, "CONTRACTOR");
  const input = parseInput(ZInviteUser, options.input);
  return getPrisma().$transaction(async (tx) => {
    const company = await tx.contractorCompany.findUniqueOrThrow({ where: { id: actor.companyId } });
    const user = await inviteUser(tx, {
      actor,
      target: { role: "CONTRACTOR", companyId: company.id, organisation: company.name },
      ...input,
      request: options.request,
    });
    return user.id;
  });
}
