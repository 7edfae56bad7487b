import type { Actor } from "./actor";

/** How the header names whose session this is: the company, the branch (or 本店) and person, or the ordering body. */
export function displayNameFor(actor: Actor): string {
  switch (actor.role) {
    case "CONTRACTOR":
      return actor.companyName;
    case "SURETY_STAFF":
      return `${actor.branchName} ${actor.name}`;
    case "ORDERING_BODY":
      return actor.orderingBodyName;
    case "ADMINISTRATOR":
      return `${actor.headOfficeName} ${actor.name}`;
    case "BANK_USER":
      return `${actor.bankBranchName} ${actor.name}`;
  }
}
