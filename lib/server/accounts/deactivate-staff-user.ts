// Guarantee staff deactivate a staff account (支店マスタ → 担当者).
import { type Actor, staffActor } from "@/lib/server/actor";
import type { RequestContext } from "@/lib/server/request-context";
import { deactivateUser } from "./deactivate-user";

export async function deactivateStaffUser(options: { actor: Actor; userId: unknown; request?: RequestContext }) {
  const actor = staffActor(options.actor);
  await deactivateUser({ ...options, actor, scope: { role: "SURETY_STAFF" } });
}
