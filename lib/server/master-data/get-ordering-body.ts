import { getPrisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { type Actor, isUuid, staffActor } from "@/lib/server/actor";

/** One ordering body for its edit page (staff). */
export async function getOrderingBody(options: { actor: Actor; id: unknown }) {
  staffActor(options.actor);
  if (!isUuid(options.id)) throw notFound();
  const body = await getPrisma().orderingBody.findUnique({ where: { id: options.id } });
  if (!body) throw notFound();
  return body;
}
