// Q&A の編集 (本店の管理者 only): creates an entry (no id) or updates one, under a row lock, with its audit
// entry in the same transaction. 非公開 (published off) takes an entry off the Q&A pages without losing it.
import { assertRole, type AdministratorActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { isUuid } from "@/lib/domain/ids";
import { notFound } from "@/lib/errors";
import { ZQaEntry } from "@/lib/schemas/qa-entry";
import { parseInput } from "@/lib/schemas/parse-input";
import { auditSnapshot, recordAuditEntry } from "@/lib/server/audit/record-audit-entry";
import type { RequestContext } from "@/lib/server/request-context";

export async function saveQaEntry(options: { actor: AdministratorActor; id?: unknown; input: unknown; request?: RequestContext }): Promise<string> {
  const actor = assertRole(options.actor, "ADMINISTRATOR");
  if (options.id !== undefined && !isUuid(options.id)) throw notFound();
  const id = options.id as string | undefined;
  const input = parseInput(ZQaEntry, options.input);
  return getPrisma().$transaction(async (tx) => {
    const [before] = id ? await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "QaEntry" WHERE id = ${id}::uuid FOR UPDATE` : [];
    if (id && !before) throw notFound();
    const previous = id ? await tx.qaEntry.findUniqueOrThrow({ where: { id } }) : null;
    const after = id ? await tx.qaEntry.update({ where: { id }, data: input }) : await tx.qaEntry.create({ data: input });
    await recordAuditEntry(tx, {
      actor,
      action: id ? "qa-entry.update" : "qa-entry.create",
      entityType: "qa-entry",
      entityId: after.id,
      before: previous ? auditSnapshot(previous) : null,
      after: auditSnapshot(after),
      request: options.request,
    });
    return after.id;
  });
}
