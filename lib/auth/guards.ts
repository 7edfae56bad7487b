// Guards for pages, server actions and route handlers. Each entry point calls one:
// the area layouts call them too, but only as a convenience.
import { forbidden, redirect } from "next/navigation";
import type { Branch, ContractorCompany, OrderingBody } from "@/lib/db/client";
import { type CurrentUser, getCurrentUser } from "./current-user";

export type ContractorUser = CurrentUser & { role: "CONTRACTOR"; companyId: string; company: ContractorCompany };
export type StaffUser = CurrentUser & { role: "SURETY_STAFF"; branchId: string; branch: Branch };
export type OrderingBodyUser = CurrentUser & { role: "ORDERING_BODY"; orderingBodyId: string; orderingBody: OrderingBody };

export function isContractor(user: CurrentUser): user is ContractorUser {
  return user.role === "CONTRACTOR" && user.company !== null;
}
export function isStaff(user: CurrentUser): user is StaffUser {
  return user.role === "SURETY_STAFF" && user.branch !== null;
}
export function isOrderingBodyUser(user: CurrentUser): user is OrderingBodyUser {
  return user.role === "ORDERING_BODY" && user.orderingBody !== null;
}

/** Pages and server actions: anonymous → /login, another role → 403 page. */
async function requireUser<T extends CurrentUser>(check: (u: CurrentUser) => u is T): Promise<T> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  if (!check(user)) forbidden();
  return user;
}

export const requireContractor = () => requireUser(isContractor);
export const requireStaff = () => requireUser(isStaff);
export const requireOrderingBodyUser = () => requireUser(isOrderingBodyUser);

/** Where each role starts after signing in. */
export function homePathFor(user: CurrentUser): string {
  switch (user.role) {
    case "CONTRACTOR":
      return "/netdesk";
    case "SURETY_STAFF":
      return "/staff";
    case "ORDERING_BODY":
      return "/ordering-body";
    default:
      return "/login";
  }
}
