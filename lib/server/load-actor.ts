// The actor of a user outside a request (the demo seed, scripts, benchmarks, tests): the same
// Actor the guards build for a signed-in user, read from the database by id or e-mail.
import { ACTOR_USER_INCLUDE, type Actor, type ActorOf, type ActorRole, actorOf } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";

export async function loadActor<R extends ActorRole>(role: R, where: { id: string } | { email: string }): Promise<ActorOf<R>> {
  const user = await getPrisma().user.findUniqueOrThrow({ where, include: ACTOR_USER_INCLUDE });
  const actor: Actor | null = actorOf(user);
  if (actor?.role !== role) throw new Error(`user ${JSON.stringify(where)} is not a ${role}`);
  return actor as ActorOf<R>;
}
