// The staff audit page: every action on the branch's applications and guarantees, and every action
// by the branch's staff, newest first. Another branch's trail stays out of sight, like its records.
// Plain SQL because the scope is "entity belongs to the branch", a join Prisma cannot express on the
// polymorphic (entityType, entityId) pair.
import { assertRole, type StaffActor } from "@/lib/auth/actor";
import { getPrisma, Prisma } from "@/lib/db/client";
import { PAGE_SIZE, paged } from "@/lib/server/pagination";

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

export async function listBranchAuditEntries({ actor, action, page }: { actor: StaffActor; action?: string; page: number }) {
  assertRole(actor, "SURETY_STAFF");
  const { branchId } = actor;
  const prisma = getPrisma();
  const actionFilter = action ? Prisma.sql`AND a.action LIKE ${`${action.slice(0, 50).replace(/[%_\\]/g, "\\$&")}%`}` : Prisma.empty;
  const scope = Prisma.sql`
    FROM "AuditEntry" a LEFT JOIN "User" u ON u.id = a."actorId"
    WHERE ((a."entityType" = 'Application' AND a."entityId" IN (SELECT id::text FROM "Application" WHERE "branchId" = ${branchId}::uuid))
        OR (a."entityType" = 'Guarantee' AND a."entityId" IN (SELECT id::text FROM "Guarantee" WHERE "branchId" = ${branchId}::uuid))
        OR u."branchId" = ${branchId}::uuid)
    ${actionFilter}`;
  const [items, count] = await Promise.all([
    prisma.$queryRaw<AuditRow[]>`
      SELECT a.id, a.at, a.action, a."entityType", a."entityId", a."ipAddress", a."userAgent", a.before, a.after,
             u.name AS "actorName", u.email AS "actorEmail"
      ${scope} ORDER BY a.id DESC LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`,
    prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n ${scope}`,
  ]);
  return paged(items, Number(count[0]?.n ?? 0), page);
}
