// What deactivating and reactivating a user take: who acts, the user's id as sent, and the where
// clause of the caller's scope (their company, or the accounts an administrator manages).
import type { Prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import type { RequestContext } from "@/lib/server/request-context";

export type ScopedUserChange = {
  actor: Actor;
  userId: unknown;
  scope: Prisma.UserWhereInput;
  request?: RequestContext;
  now?: Date;
};
