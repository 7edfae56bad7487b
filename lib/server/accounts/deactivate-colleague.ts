// A contractor user deactivates a colleague of their own company.
import { type Actor, contractorActor } from "@/lib/server/actor";
import type { RequestContext } from "@/lib/server/request-context";
import { deactivateUser } from "./deactivate-user";

export async function deactivateColleague(options: { actor: Actor; userId: unknown; request?: RequestContext }) {
  const actor = contractorActor(options.actor);
  await deactivateUser({ ...options, actor, scope: { role: "CONTRACTOR", companyId: actor.companyId } });
}
