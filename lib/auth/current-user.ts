// The signed-in user, read from the database once per request, if the session token is still of the
// user's current session version (lib/auth/find-active-user.ts).
import { getServerSession } from "next-auth";
import { connection } from "next/server";
import { cache } from "react";
import { findActiveUser } from "./find-active-user";
import { getAuthOptions } from "./options";

export const getCurrentUser = cache(async () => {
  // Per-request by nature: never prerendered at build time.
  await connection();
  const session = await getServerSession(getAuthOptions());
  return findActiveUser(session?.user?.id, session?.user?.sessionVersion);
});

export type CurrentUser = NonNullable<Awaited<ReturnType<typeof getCurrentUser>>>;
