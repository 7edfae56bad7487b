// A contractor user reactivates a colleague of their own company.
import { assertRole, type ContractorActor } from "@/lib/auth/actor";
import type { RequestContext } from "@/lib/server/request-context";
import { reactivateUser } from "./reactivate-user";

export async function reactivateColleague(options: { actor: ContractorActor; userId: unknown; request?: RequestContext }) {
  const actor = assertRole(options.actor, "CONTRACTOR");
  await reactivateUser({ ...options, actor, scope: { role: "CONTRACTOR", companyId: actor.companyId } });
}
