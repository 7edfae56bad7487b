// 発行済みの保証: guarantees issued by the staff member's branch, searched by 保証契約番号 (typed in any
// width, with or without hyphen), company or 工事名, newest first, a page at a time. A branch may hold
// a million: the search goes through the n-gram indexes (lib/server/search/branch-search.ts), the page
// through the index (branchId, issuedAt) whatever is typed (branch-search-page.ts), and the count stops at COUNT_LIMIT.
import { assertRole, type StaffActor } from "@/lib/auth/actor";
import { getPrisma, Prisma, type GuaranteeStatus } from "@/lib/db/client";
import { normaliseContractNumber } from "@/lib/domain/contract-number";
import { escapeLike, plainSearchText } from "@/lib/domain/search-text";
import { paged } from "@/lib/server/pagination";
import { gramMatch, orCompanyNamed } from "@/lib/server/search/branch-search";
import { branchSearchPage } from "@/lib/server/search/branch-search-page";

export async function listBranchGuarantees({ actor, ...filter }: { actor: StaffActor; status?: string; q?: string; page: number }) {
  assertRole(actor, "SURETY_STAFF");
  const status = filter.status === "ACTIVE" || filter.status === "CANCELLED" ? (filter.status as GuaranteeStatus) : undefined;
  const text = plainSearchText(filter.q);
  const companies = text ? await orCompanyNamed(Prisma.sql`g."companyId"`, text) : Prisma.empty;
  const scope = Prisma.sql`g."branchId" = ${actor.branchId}::uuid ${status ? Prisma.sql`AND g.status = ${status}::"GuaranteeStatus"` : Prisma.empty}`;
  const match = text
    ? ({ rowsRead }: { rowsRead: boolean }) =>
        Prisma.sql`(g."contractNumber" LIKE ${`${escapeLike(normaliseContractNumber(text))}%`}
          OR ${gramMatch(Prisma.sql`g."searchGrams"`, [Prisma.sql`g."projectName"`], text, { rowsRead })} ${companies})`
    : null;
  const order = Prisma.sql`g."issuedAt" DESC, g."contractNumber" DESC`;
  const found = await branchSearchPage({ table: Prisma.sql`"Guarantee"`, alias: "g", scope, match, order, page: filter.page });
  const prisma = getPrisma();
  const rows = await prisma.guarantee.findMany({
    where: { id: { in: found.ids } },
    include: { company: { select: { name: true } }, orderingBody: { select: { name: true } } },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return paged(found.ids.flatMap((id) => byId.get(id) ?? []), found.counted, filter.page);
}
