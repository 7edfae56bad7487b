// 発行済みの保証: guarantees issued by the staff member's branch, searched by 保証契約番号 (typed in any
// width, with or without hyphen), company or 工事名, newest first, a page at a time. A branch may hold
// a million: the search goes through the n-gram indexes (lib/server/search/branch-search.ts), the page
// through the index (branchId, issuedAt), and the count stops at COUNT_LIMIT.
import { assertRole, type StaffActor } from "@/lib/auth/actor";
import { getPrisma, Prisma, type GuaranteeStatus } from "@/lib/db/client";
import { normaliseContractNumber } from "@/lib/domain/contract-number";
import { escapeLike, plainSearchText } from "@/lib/domain/search-text";
import { COUNT_LIMIT, PAGE_SIZE, paged } from "@/lib/server/pagination";
import { gramMatch, orCompanyNamed } from "@/lib/server/search/branch-search";

export async function listBranchGuarantees({ actor, ...filter }: { actor: StaffActor; status?: string; q?: string; page: number }) {
  assertRole(actor, "SURETY_STAFF");
  const status = filter.status === "ACTIVE" || filter.status === "CANCELLED" ? (filter.status as GuaranteeStatus) : undefined;
  const text = plainSearchText(filter.q);
  const where = Prisma.sql`g."branchId" = ${actor.branchId}::uuid
    ${status ? Prisma.sql`AND g.status = ${status}::"GuaranteeStatus"` : Prisma.empty}
    ${
      text
        ? Prisma.sql`AND (g."contractNumber" LIKE ${`${escapeLike(normaliseContractNumber(text))}%`}
            OR ${gramMatch(Prisma.sql`g."searchGrams"`, [Prisma.sql`g."projectName"`], text)}
            ${await orCompanyNamed(Prisma.sql`g."companyId"`, text)})`
        : Prisma.empty
    }`;
  const prisma = getPrisma();
  const [found, counted] = await Promise.all([
    prisma.$queryRaw<{ id: string }[]>`
      SELECT g.id FROM "Guarantee" g WHERE ${where}
       ORDER BY g."issuedAt" DESC, g."contractNumber" DESC LIMIT ${PAGE_SIZE} OFFSET ${(filter.page - 1) * PAGE_SIZE}`,
    prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM (SELECT 1 FROM "Guarantee" g WHERE ${where} LIMIT ${COUNT_LIMIT + 1}) AS m`,
  ]);
  const rows = await prisma.guarantee.findMany({
    where: { id: { in: found.map((f) => f.id) } },
    include: { company: { select: { name: true } }, orderingBody: { select: { name: true } } },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return paged(found.flatMap((f) => byId.get(f.id) ?? []), Number(counted[0]?.n ?? 0), filter.page);
}
