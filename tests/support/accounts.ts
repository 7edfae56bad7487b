// Helpers for account tests: demo users as actors, and the link inside a queued account e-mail.
import type { Actor, ActorOf, ActorRole } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { loadActor } from "@/lib/server/load-actor";

export async function userByEmail(email: string) {
  return getPrisma().user.findUniqueOrThrow({ where: { email } });
}

/** The Actor a signed-in user with this address acts as (read from the database, as the guards do). */
export function actorByEmail<R extends ActorRole>(role: R, email: string): Promise<ActorOf<R>> {
  return loadActor(role, { email });
}

/** The Actor of this address in whatever role it has: for tests that hand one role's actor to another role's use case. */
export async function anyActorByEmail(email: string): Promise<Actor> {
  return loadActor((await userByEmail(email)).role, { email });
}

/** The token of the newest account e-mail queued for this address (read from the outbox). */
export async function tokenFromLatestMail(to: string, kind: "INVITATION" | "PASSWORD_RESET"): Promise<string> {
  const mail = await getPrisma().emailOutbox.findFirstOrThrow({ where: { toAddress: to, kind }, orderBy: { createdAt: "desc" } });
  const token = /token=([A-Za-z0-9_-]{43})/.exec(mail.textBody)?.[1];
  if (!token) throw new Error(`no link in the mail to ${to}`);
  return token;
}

export async function auditEntriesFor(entityId: string) {
  return getPrisma().auditEntry.findMany({ where: { entityId }, orderBy: { id: "asc" } });
}
