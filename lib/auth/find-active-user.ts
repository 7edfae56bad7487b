// The user behind a session, read from the database on every request: a deactivated or deleted user
// has no session any more, whatever their cookie says, and neither has a token issued before the
// user's session version was raised (a password change or reset, a deactivation); nor has the user of
// a switched-off branch or ordering body (actorOf in ./actor.ts gives them no actor).
import { getPrisma } from "@/lib/db/client";
import { isUuid } from "@/lib/domain/ids";
import { ACTOR_USER_INCLUDE } from "./actor";

export async function findActiveUser(id: string | undefined, sessionVersion: number | undefined) {
  // The id comes from our own signed token; the check only keeps a malformed one from the query.
  if (!isUuid(id)) return null;
  const user = await getPrisma().user.findUnique({
    where: { id },
    include: ACTOR_USER_INCLUDE,
  });
  // A token from before session versions existed carries none: it is version 0, as every user started.
  return user?.active && user.sessionVersion === (sessionVersion ?? 0) ? user : null;
}
