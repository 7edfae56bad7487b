// One Q&A entry for the administrators' edit form; a malformed or unknown id is NOT_FOUND.
import { assertRole, type AdministratorActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { isUuid } from "@/lib/domain/ids";
import { notFound } from "@/lib/errors";

export async function getQaEntry(options: { actor: AdministratorActor; id: string }) {
  assertRole(options.actor, "ADMINISTRATOR");
  if (!isUuid(options.id)) throw notFound();
  const entry = await getPrisma().qaEntry.findUnique({ where: { id: options.id } });
  if (!entry) throw notFound();
  return entry;
}
