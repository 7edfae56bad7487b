// Staff's 承認 / 却下 of a change of a company's registered details start here: the company row is locked,
// then the request (the same order as the contractor's request), and a request already decided is refused.
import type { Prisma } from "@/lib/db/client";
import { isUuid } from "@/lib/domain/ids";
import { conflict, notFound } from "@/lib/errors";

export async function lockOpenDetailsChange(tx: Prisma.TransactionClient, requestId: unknown) {
  if (!isUuid(requestId)) throw notFound();
  const found = await tx.companyDetailsChangeRequest.findUnique({ where: { id: requestId }, select: { companyId: true } });
  if (!found) throw notFound();
  await tx.$executeRaw`SELECT 1 FROM "ContractorCompany" WHERE id = ${found.companyId}::uuid FOR UPDATE`;
  await tx.$executeRaw`SELECT 1 FROM "CompanyDetailsChangeRequest" WHERE id = ${requestId}::uuid FOR UPDATE`;
  const locked = await tx.companyDetailsChangeRequest.findUniqueOrThrow({ where: { id: requestId }, include: { company: true } });
  if (locked.status !== "PENDING") throw conflict("この申請は既に承認または却下されています。");
  return locked;
}
