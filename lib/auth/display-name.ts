import type { CurrentUser } from "./current-user";

/** How the header names whose session this is: the company, the branch and person, or the ordering body. */
export function displayNameFor(user: CurrentUser): string {
  if (user.role === "CONTRACTOR" && user.company) return user.company.name;
  if (user.role === "SURETY_STAFF" && user.branch) return `${user.branch.name} ${user.name}`;
  if (user.role === "ORDERING_BODY" && user.orderingBody) return user.orderingBody.name;
  return user.name;
}
