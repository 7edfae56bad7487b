// The user behind a session, read from the database on every request: a deactivated or
// deleted user has no session any more, whatever their cookie says; nor has the user of a switched-off
// branch or ordering body (actorOf in ./actor.ts gives them no actor).
import { getPrisma } from "@/lib/db/client";
import { isUuid } from "@/lib/domain/ids";

export async function findActiveUser(id: string | undefined) {
  // The id comes from our own signed token; the check only keeps a malformed one from the query.
  if (!isUuid(id)) return null;
  const user = await getPrisma().user.findUnique({
    where: { id },
    include: { company: true, branch: true, orderingBody: true },
  });
  return user?.active ? user : null;
}
