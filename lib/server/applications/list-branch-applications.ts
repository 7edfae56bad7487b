// The staff inbox: applications sent to the staff member's branch (never another branch's, never
// drafts), filtered by status, searched by company, 工事名 or 申込番号, newest first, a page at a time.
import { assertRole, type StaffActor } from "@/lib/auth/actor";
import { getPrisma, type ApplicationStatus, type Prisma } from "@/lib/db/client";
import { STAFF_VISIBLE_STATUSES } from "@/lib/domain/application-status";
import { searchText } from "@/lib/domain/search-text";
import { PAGE_SIZE, paged } from "@/lib/server/pagination";

export type InboxFilter = { actor: StaffActor; status?: string; q?: string; page: number };

export async function listBranchApplications(filter: InboxFilter) {
  assertRole(filter.actor, "SURETY_STAFF");
  const status = (STAFF_VISIBLE_STATUSES as readonly string[]).includes(filter.status ?? "") ? (filter.status as ApplicationStatus) : undefined;
  const q = searchText(filter.q);
  const where: Prisma.ApplicationWhereInput = {
    branchId: filter.actor.branchId,
    status: status ?? { in: [...STAFF_VISIBLE_STATUSES] },
    ...(q
      ? {
          OR: [
            { company: { name: { contains: q, mode: "insensitive" } } },
            { projectName: { contains: q, mode: "insensitive" } },
            { applicationNumber: { contains: q, mode: "insensitive" } },
          ],
        }
      : {}),
  };
  const prisma = getPrisma();
  const [items, total] = await Promise.all([
    prisma.application.findMany({
      where,
      orderBy: [{ submittedAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
      skip: (filter.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        applicationNumber: true,
        status: true,
        submittedAt: true,
        projectName: true,
        contractAmount: true,
        kind: true, advanceRequested: true,
        contractGuaranteeRequested: true,
        company: { select: { name: true } },
        orderingBody: { select: { name: true } },
      },
    }),
    prisma.application.count({ where }),
  ]);
  return paged(items, total, filter.page);
}
