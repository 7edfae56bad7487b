// Whose statements an actor sees: a contractor its company's, branch staff those of guarantees their branch
// issued. Ids from the client are looked up inside this scope, so another company's statement is a 404.
import type { Prisma } from "@/lib/db/client";
import type { ContractorActor, StaffActor } from "@/lib/auth/actor";

export type FeeStatementReader = ContractorActor | StaffActor;

export function feeStatementScope(actor: FeeStatementReader): Prisma.FeeStatementWhereInput {
  return actor.role === "CONTRACTOR" ? { companyId: actor.companyId } : { guarantee: { branchId: actor.branchId } };
}
