// Appends one audit entry. Call it inside the same transaction as the change it records,
// so the change and its trace commit or roll back together. PostgreSQL refuses UPDATE and
// DELETE on AuditEntry (trigger in the init migration).
import type { Prisma, Role } from "@/lib/db/client";
import { masterDataAuditAction, type AuditAction, type MasterDataEntity } from "@/lib/domain/audit-actions";
import type { RequestContext } from "@/lib/server/request-context";

/** Who acted, as the trail records it: an Actor (lib/auth/actor.ts), a user acting on their own
 * account before they have a session (set password), or null for the system. */
export type AuditActor = { userId: string; role: Role } | null;

export type AuditInput = {
  actor: AuditActor;
  action: AuditAction; // "<entity>.<verb>", e.g. application.submit, guarantee.issue, ordering-body.update
  entityType: string;
  entityId: string;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
  request?: RequestContext;
};

type AuditClient = { auditEntry: Prisma.TransactionClient["auditEntry"] };

export async function recordAuditEntry(tx: AuditClient, input: AuditInput): Promise<void> {
  await tx.auditEntry.create({
    data: {
      actorId: input.actor?.userId ?? null,
      actorRole: input.actor?.role ?? null,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId,
      before: input.before ?? undefined,
      after: input.after ?? undefined,
      ipAddress: input.request?.ipAddress ?? null,
      userAgent: input.request?.userAgent ?? null,
    },
  });
}

/** JSON-safe copy of a record for before/after: BigInt as string, Dates as ISO strings. */
export function auditSnapshot(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v))) as Prisma.InputJsonValue;
}

/**
 * A master-data row created (no `before`) or updated, and its audit entry "<entity>.create" or
 * "<entity>.update" with both snapshots. Returns the row's id.
 */
export async function recordMasterDataSave(
  tx: AuditClient,
  change: { actor: AuditActor; entity: MasterDataEntity; before: object | null; after: { id: string }; request?: RequestContext },
): Promise<string> {
  await recordAuditEntry(tx, {
    actor: change.actor,
    action: masterDataAuditAction(change.entity, change.before !== null),
    entityType: change.entity,
    entityId: change.after.id,
    before: change.before ? auditSnapshot(change.before) : null,
    after: auditSnapshot(change.after),
    request: change.request,
  });
  return change.after.id;
}
