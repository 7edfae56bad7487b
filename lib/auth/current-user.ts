// The signed-in user, read from the database once per request. A deactivated or
// deleted user has no session any more, whatever their cookie says.
import { getServerSession } from "next-auth";
import { connection } from "next/server";
import { cache } from "react";
import { getPrisma } from "@/lib/db/client";
import { getAuthOptions } from "./options";

export const getCurrentUser = cache(async () => {
  // Per-request by nature: never prerendered at build time.
  await connection();
  const session = await getServerSession(getAuthOptions());
  const id = session?.user?.id;
  // The id comes from our own signed token; the check only keeps a malformed one from the query.
  if (!id || !/^[0-9a-f-]{36}$/.test(id)) return null;
  const user = await getPrisma().user.findUnique({
    where: { id },
    include: { company: true, branch: true, orderingBody: true },
  });
  return user?.active ? user : null;
});

export type CurrentUser = NonNullable<Awaited<ReturnType<typeof getCurrentUser>>>;
