import { getPrisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { assertRole, type StaffActor } from "@/lib/auth/actor";
import { isUuid } from "@/lib/domain/ids";

/** One ordering body for its edit page (staff). */
export async function getOrderingBody(options: { actor: StaffActor; id: unknown }) {
  assertRole(options.actor, "SURETY_STAFF");
  if (!isUuid(options.id)) throw notFound();
  const body = await getPrisma().orderingBody.findUnique({ where: { id: options.id } });
  if (!body) throw notFound();
  return body;
}
