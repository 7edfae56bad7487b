// Locks a 明細書 (its UsagePlan row) inside a transaction, in the WHERE that carries the actor's scope:
// another company's or branch's plan, a malformed id and a missing one are the same NOT_FOUND. Every
// change of a plan's versions takes this lock first, so two of them never interleave.
import type { Prisma } from "@/lib/db/client";
import { isUuid } from "@/lib/domain/ids";
import { notFound } from "@/lib/errors";

export type UsagePlanScope = { companyId: string } | { branchId: string };

export async function lockUsagePlan(tx: Prisma.TransactionClient, planId: string, scope: UsagePlanScope) {
  if (!isUuid(planId)) throw notFound();
  const rows =
    "companyId" in scope
      ? await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "UsagePlan" WHERE id = ${planId}::uuid AND "companyId" = ${scope.companyId}::uuid FOR UPDATE`
      : await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "UsagePlan" WHERE id = ${planId}::uuid AND "branchId" = ${scope.branchId}::uuid FOR UPDATE`;
  if (rows.length === 0) throw notFound();
  return tx.usagePlan.findUniqueOrThrow({ where: { id: planId } });
}
