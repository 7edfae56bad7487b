// Guarantee staff deactivate a staff account (支店マスタ → 担当者).
import { assertRole, type StaffActor } from "@/lib/auth/actor";
import type { RequestContext } from "@/lib/server/request-context";
import { deactivateUser } from "./deactivate-user";

export async function deactivateStaffUser(options: { actor: StaffActor; userId: unknown; request?: RequestContext }) {
  const actor = assertRole(options.actor, "SURETY_STAFF");
  await deactivateUser({ ...options, actor, scope: { role: "SURETY_STAFF" } });
}
