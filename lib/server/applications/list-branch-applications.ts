// The staff inbox: applications sent to the staff member's branch (never another branch's, never
// drafts), filtered by status, searched by company, 工事名 or 申込番号, newest first, a page at a time.
// A branch may hold a million: the search goes through the n-gram indexes
// (lib/server/search/branch-search.ts), the page through the list's index whatever is typed
// (branch-search-page.ts), and the count stops at COUNT_LIMIT.
import { assertRole, type StaffActor } from "@/lib/auth/actor";
import { getPrisma, Prisma, type ApplicationStatus } from "@/lib/db/client";
import { STAFF_VISIBLE_STATUSES } from "@/lib/domain/application-status";
import { plainSearchText } from "@/lib/domain/search-text";
import { FEE_AWAITING_STATUSES, feesUnsettledSql } from "@/lib/server/fees/fees-awaiting-payment";
import { paged } from "@/lib/server/pagination";
import { gramMatch, orCompanyNamed } from "@/lib/server/search/branch-search";
import { branchSearchPage } from "@/lib/server/search/branch-search-page";

// Every application staff see has been sent, so submittedAt is never null here and the order is the
// index (branchId, submittedAt, createdAt, id).
// fees "unpaid": only 入金待ち (受付済 / 審査中 with a fee neither received nor billed by 一括納付), the rows the
// dashboard counts (lib/server/fees/fees-awaiting-payment.ts).
export type InboxFilter = { actor: StaffActor; status?: string; q?: string; fees?: string; page: number };

export async function listBranchApplications(filter: InboxFilter) {
  assertRole(filter.actor, "SURETY_STAFF");
  const status = (STAFF_VISIBLE_STATUSES as readonly string[]).includes(filter.status ?? "") ? (filter.status as ApplicationStatus) : undefined;
  const unpaid = filter.fees === "unpaid";
  const visible: readonly ApplicationStatus[] = unpaid ? FEE_AWAITING_STATUSES : STAFF_VISIBLE_STATUSES;
  const statuses = status ? visible.filter((s) => s === status) : [...visible];
  const text = plainSearchText(filter.q);
  const scope = Prisma.sql`a."branchId" = ${filter.actor.branchId}::uuid
    AND a.status = ANY(${statuses}::"ApplicationStatus"[])
    ${unpaid ? Prisma.sql`AND ${feesUnsettledSql}` : Prisma.empty}`;
  const companies = text ? await orCompanyNamed(Prisma.sql`a."companyId"`, text) : Prisma.empty;
  const match = text
    ? ({ rowsRead }: { rowsRead: boolean }) =>
        Prisma.sql`(${gramMatch(Prisma.sql`a."searchGrams"`, [Prisma.sql`a."projectName"`, Prisma.sql`a."applicationNumber"`], text, { rowsRead })} ${companies})`
    : null;
  // Ending in the id: rows sent in the same instant keep one order from page to page.
  const order = Prisma.sql`a."submittedAt" DESC, a."createdAt" DESC, a.id DESC`;
  const found = await branchSearchPage({ table: Prisma.sql`"Application"`, alias: "a", scope, match, order, page: filter.page });
  const prisma = getPrisma();
  const rows = await prisma.application.findMany({
    where: { id: { in: found.ids } },
    select: {
      id: true,
      applicationNumber: true,
      status: true,
      submittedAt: true,
      projectName: true,
      contractAmount: true,
      kind: true,
      advanceRequested: true,
      contractGuaranteeRequested: true,
      company: { select: { name: true } },
      orderingBody: { select: { name: true } },
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return paged(found.ids.flatMap((id) => byId.get(id) ?? []), found.counted, filter.page);
}
