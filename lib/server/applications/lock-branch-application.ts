// Locks one application of the staff member's branch for the rest of the transaction and returns its
// status. The branch is part of the WHERE, so another branch's application is "not found" (404), and
// the row lock serialises concurrent actions on it (double clicks, two staff at once).
import type { ApplicationStatus, Prisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/domain/ids";

export async function lockBranchApplication(tx: Prisma.TransactionClient, applicationId: string, branchId: string): Promise<ApplicationStatus> {
  if (!isUuid(applicationId)) throw notFound();
  const rows = await tx.$queryRaw<{ status: ApplicationStatus }[]>`
    SELECT status::text AS status FROM "Application"
    WHERE id = ${applicationId}::uuid AND "branchId" = ${branchId}::uuid AND status <> 'DRAFT' FOR UPDATE`;
  if (rows.length === 0) throw notFound();
  return rows[0]!.status;
}
