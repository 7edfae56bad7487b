// 料率表の下書き (本店の管理者): creates a draft (no id) or changes one. A published table is never edited:
// it is only superseded by a new table of the same kind from a later date (publishFeeRateTable).
import { getPrisma } from "@/lib/db/client";
import { assertRole, type AdministratorActor } from "@/lib/auth/actor";
import { feeRulesProblems, feeRulesToJson } from "@/lib/domain/fee-calculation";
import { isUuid } from "@/lib/domain/ids";
import { conflict, invalidInput, notFound } from "@/lib/errors";
import { rateTableFieldOf, ZFeeRateTable } from "@/lib/schemas/fee";
import { parseInput } from "@/lib/schemas/parse-input";
import { auditSnapshot, recordAuditEntry } from "@/lib/server/audit/record-audit-entry";
import type { RequestContext } from "@/lib/server/request-context";

export const PUBLISHED_TABLE_REFUSAL = "公開済みの料率表は変更できません。新しい適用開始日の料率表を作成してください。";

export async function saveFeeRateTableDraft(options: { actor: AdministratorActor; id?: string; input: unknown; request?: RequestContext }): Promise<string> {
  const actor = assertRole(options.actor, "ADMINISTRATOR");
  if (options.id !== undefined && !isUuid(options.id)) throw notFound();
  const input = parseInput(ZFeeRateTable, options.input);
  const problems = feeRulesProblems(input.rules);
  if (Object.keys(problems).length > 0) throw invalidInput(Object.fromEntries(Object.entries(problems).map(([field, message]) => [rateTableFieldOf(field), message])));
  const data = { kind: input.kind, effectiveFrom: input.effectiveFrom, note: input.note, rules: feeRulesToJson(input.rules) };

  return getPrisma().$transaction(async (tx) => {
    if (options.id) {
      // Locked, so a publish running at the same time either commits first (and this is refused) or waits.
      const rows = await tx.$queryRaw<{ status: string }[]>`SELECT status::text AS status FROM "FeeRateTable" WHERE id = ${options.id}::uuid FOR UPDATE`;
      if (rows.length === 0) throw notFound();
      if (rows[0]!.status !== "DRAFT") throw conflict(PUBLISHED_TABLE_REFUSAL);
      const before = await tx.feeRateTable.findUniqueOrThrow({ where: { id: options.id } });
      const after = await tx.feeRateTable.update({ where: { id: options.id }, data });
      await recordAuditEntry(tx, {
        actor, action: "fee-rate-table.save-draft", entityType: "FeeRateTable", entityId: after.id,
        before: auditSnapshot({ kind: before.kind, effectiveFrom: before.effectiveFrom, note: before.note, rules: before.rules }),
        after: auditSnapshot(data), request: options.request,
      });
      return after.id;
    }
    const created = await tx.feeRateTable.create({ data: { ...data, createdById: actor.userId } });
    await recordAuditEntry(tx, { actor, action: "fee-rate-table.save-draft", entityType: "FeeRateTable", entityId: created.id, after: auditSnapshot(data), request: options.request });
    return created.id;
  });
}
