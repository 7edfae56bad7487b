// 発行済みの保証: guarantees issued by the staff member's branch, searched by 保証契約番号 (typed in any
// width, with or without hyphen), company or 工事名, newest first, a page at a time.
import { assertRole, type StaffActor } from "@/lib/auth/actor";
import { getPrisma, type GuaranteeStatus, type Prisma } from "@/lib/db/client";
import { normaliseContractNumber } from "@/lib/domain/contract-number";
import { PAGE_SIZE, paged } from "@/lib/server/pagination";
import { searchText } from "@/lib/domain/search-text";

export async function listBranchGuarantees({ actor, ...filter }: { actor: StaffActor; status?: string; q?: string; page: number }) {
  assertRole(actor, "SURETY_STAFF");
  const status = filter.status === "ACTIVE" || filter.status === "CANCELLED" ? (filter.status as GuaranteeStatus) : undefined;
  const q = searchText(filter.q);
  const where: Prisma.GuaranteeWhereInput = {
    branchId: actor.branchId,
    ...(status ? { status } : {}),
    ...(q
      ? {
          OR: [
            { contractNumber: { startsWith: normaliseContractNumber(q) } },
            { company: { name: { contains: q, mode: "insensitive" } } },
            { projectName: { contains: q, mode: "insensitive" } },
          ],
        }
      : {}),
  };
  const prisma = getPrisma();
  const [items, total] = await Promise.all([
    prisma.guarantee.findMany({
      where,
      orderBy: [{ issuedAt: "desc" }, { contractNumber: "desc" }],
      skip: (filter.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      include: { company: { select: { name: true } }, orderingBody: { select: { name: true } } },
    }),
    prisma.guarantee.count({ where }),
  ]);
  return paged(items, total, filter.page);
}
