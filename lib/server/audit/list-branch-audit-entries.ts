// The staff audit page: every action on the branch's records and every action by the branch's staff,
// newest first, 20 at a time. Each entry carries its branch (set on insert by the trigger
// "AuditEntry_branch"), so a page is one range of the index (branchId[, action], id DESC): keyset
// pages (older than / newer than an id), never OFFSET, and no count of millions of rows.
import { assertRole, type StaffActor } from "@/lib/auth/actor";
import { getPrisma, Prisma } from "@/lib/db/client";
import { isAuditAction } from "@/lib/domain/audit-actions";
import { PAGE_SIZE } from "@/lib/server/pagination";

export type AuditRow = {
  id: bigint;
  at: Date;
  action: string;
  entityType: string;
  entityId: string;
  ipAddress: string | null;
  userAgent: string | null;
  before: unknown;
  after: unknown;
  actorName: string | null;
  actorEmail: string | null;
};

/** A page of the trail and the cursors of its neighbours (absent at either end). */
export type AuditPage = { items: AuditRow[]; olderThan: bigint | null; newerThan: bigint | null };

/** An id from the query string: a positive whole number, or nothing (a hand-edited URL never errors). */
export function auditCursorFrom(value: string | undefined): bigint | undefined {
  return value && /^[1-9][0-9]{0,18}$/.test(value) ? BigInt(value) : undefined;
}

export async function listBranchAuditEntries({
  actor,
  action,
  before,
  after,
}: {
  actor: StaffActor;
  action?: string;
  /** entries older than this id (the next page); */
  before?: bigint;
  /** or newer than this id (the previous page); neither: the newest. */
  after?: bigint;
}): Promise<AuditPage> {
  assertRole(actor, "SURETY_STAFF");
  const prisma = getPrisma();
  const actionFilter = action && isAuditAction(action) ? Prisma.sql`AND a.action = ${action}` : Prisma.empty;
  const newer = before === undefined && after !== undefined;
  const cursor = newer ? Prisma.sql`AND a.id > ${after}` : before !== undefined ? Prisma.sql`AND a.id < ${before}` : Prisma.empty;
  // One more than a page tells whether there is a page beyond it.
  const rows = await prisma.$queryRaw<AuditRow[]>`
    SELECT a.id, a.at, a.action, a."entityType", a."entityId", a."ipAddress", a."userAgent", a.before, a.after,
           u.name AS "actorName", u.email AS "actorEmail"
      FROM "AuditEntry" a LEFT JOIN "User" u ON u.id = a."actorId"
     WHERE a."branchId" = ${actor.branchId}::uuid ${actionFilter} ${cursor}
     ORDER BY a.id ${newer ? Prisma.sql`ASC` : Prisma.sql`DESC`} LIMIT ${PAGE_SIZE + 1}`;
  const more = rows.length > PAGE_SIZE;
  // Fewer than a page newer than the cursor: that is the newest page, shown whole.
  if (newer && !more) return listBranchAuditEntries({ actor, action });
  const page = rows.slice(0, PAGE_SIZE);
  if (newer) page.reverse();
  const first = page[0]?.id ?? null;
  const last = page[page.length - 1]?.id ?? null;
  return {
    items: page,
    // A page reached from an older one always has newer entries; one reached going back, when more
    // were found beyond it (otherwise it was the newest page, answered above).
    newerThan: newer || before !== undefined ? first : null,
    olderThan: newer || more ? last : null,
  };
}
