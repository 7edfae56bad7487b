// The history (履歴) of one application or guarantee, oldest first, as components/audit-history.tsx shows it.
import { getPrisma } from "@/lib/db/client";

export type AuditRow = {
  id: bigint;
  at: Date;
  action: string;
  ipAddress: string | null;
  before: unknown;
  after: unknown;
  actorName: string | null;
};

export async function listEntityHistory(entityType: "Application" | "Guarantee", entityId: string): Promise<AuditRow[]> {
  const entries = await getPrisma().auditEntry.findMany({
    where: { entityType, entityId },
    orderBy: { at: "asc" },
    include: { actor: { select: { name: true } } },
  });
  return entries.map(({ actor, ...e }) => ({ ...e, actorName: actor?.name ?? null }));
}
