// Who performs a use case. Use cases check the role themselves (not only the pages that call
// them), so no entry point can skip the check; the company or branch is taken from the actor,
// never from what the browser sent.
import type { Role } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export type Actor = { id: string; role: Role; companyId: string | null; branchId: string | null };

export const NOT_ALLOWED_MESSAGE = "この操作を行う権限がありません。";

export function staffActor(actor: Actor): Actor & { role: "SURETY_STAFF"; branchId: string } {
  if (actor.role !== "SURETY_STAFF" || !actor.branchId) throw new AppError("FORBIDDEN", NOT_ALLOWED_MESSAGE);
  return actor as Actor & { role: "SURETY_STAFF"; branchId: string };
}

export function contractorActor(actor: Actor): Actor & { role: "CONTRACTOR"; companyId: string } {
  if (actor.role !== "CONTRACTOR" || !actor.companyId) throw new AppError("FORBIDDEN", NOT_ALLOWED_MESSAGE);
  return actor as Actor & { role: "CONTRACTOR"; companyId: string };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids come from URLs and forms: a malformed one is simply not found (and never reaches a query). */
export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}
