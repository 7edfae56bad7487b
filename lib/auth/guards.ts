// Guards for pages, server actions and route handlers: each entry point calls one (the area
// layouts call them too, but only as a convenience). They build the one Actor of the request
// (lib/auth/actor.ts) from the user read from the database.
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { type Actor, type ActorOf, type ActorRole, actorOf } from "./actor";
import { getCurrentUser } from "./current-user";

/** The signed-in user's actor, or null (signed out, deactivated, or a role without organisation). */
export const getCurrentActor = cache(async (): Promise<Actor | null> => {
  const user = await getCurrentUser();
  return user ? actorOf(user) : null;
});

/** Anonymous → /login, another role → the 403 page. */
export async function requireActor<R extends ActorRole>(role: R): Promise<ActorOf<R>> {
  const actor = await getCurrentActor();
  if (!actor) redirect("/login");
  if (actor.role !== role) forbidden();
  return actor as ActorOf<R>;
}

/** Any signed-in user (e.g. パスワード変更). */
export async function requireSignedIn(): Promise<Actor> {
  const actor = await getCurrentActor();
  if (!actor) redirect("/login");
  return actor;
}

export const requireContractor = () => requireActor("CONTRACTOR");
export const requireStaff = () => requireActor("SURETY_STAFF");
export const requireOrderingBodyUser = () => requireActor("ORDERING_BODY");
export const requireAdministrator = () => requireActor("ADMINISTRATOR");
export const requireBankUser = () => requireActor("BANK_USER");

/** Where each role starts after signing in. */
export function homePathFor(actor: Pick<Actor, "role"> | null): string {
  switch (actor?.role) {
    case "CONTRACTOR":
      return "/netdesk";
    case "SURETY_STAFF":
      return "/staff";
    case "ORDERING_BODY":
      return "/ordering-body";
    case "ADMINISTRATOR":
      return "/admin";
    case "BANK_USER":
      return "/bank";
    default:
      return "/login";
  }
}
