// A contractor user deactivates a colleague of their own company.
import { assertRole, type ContractorActor } from "@/lib/auth/actor";
import type { RequestContext } from "@/lib/server/request-context";
import { deactivateUser } from "./deactivate-user";

export async function deactivateColleague(options: { actor: ContractorActor; userId: unknown; request?: RequestContext }) {
  const actor = assertRole(options.actor, "CONTRACTOR");
  await deactivateUser({ ...options, actor, scope: { role: "CONTRACTOR", companyId: actor.companyId } });
}
