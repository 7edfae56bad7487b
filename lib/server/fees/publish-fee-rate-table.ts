// 料率表の公開 (本店の管理者): a draft becomes the kind's table from its 適用開始日. It must start after today
// (a table in force is never replaced retroactively) unless the kind has no published table yet, and no
// other published table of the kind may start on the same day (unique publishedKind + effectiveFrom).
import { getPrisma } from "@/lib/db/client";
import { assertRole, type AdministratorActor } from "@/lib/auth/actor";
import { feeRulesFromJson, feeRulesProblems, type FeeRulesJson } from "@/lib/domain/fee-calculation";
import { isUuid } from "@/lib/domain/ids";
import { formatWareki } from "@/lib/domain/wareki";
import { conflict, invalidInput, notFound } from "@/lib/errors";
import { rateTableFieldOf } from "@/lib/schemas/fee";
import { auditSnapshot, recordAuditEntry } from "@/lib/server/audit/record-audit-entry";
import type { RequestContext } from "@/lib/server/request-context";
import { PUBLISHED_TABLE_REFUSAL } from "./save-fee-rate-table-draft";
import { feeDateToday } from "./rate-table-in-force";

export async function publishFeeRateTable(options: { actor: AdministratorActor; id: string; request?: RequestContext; now?: Date }): Promise<void> {
  const actor = assertRole(options.actor, "ADMINISTRATOR");
  if (!isUuid(options.id)) throw notFound();
  await getPrisma().$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ kind: string }[]>`SELECT kind::text AS kind FROM "FeeRateTable" WHERE id = ${options.id}::uuid FOR UPDATE`;
    if (rows.length === 0) throw notFound();
    const table = await tx.feeRateTable.findUniqueOrThrow({ where: { id: options.id } });
    if (table.status !== "DRAFT") throw conflict(PUBLISHED_TABLE_REFUSAL);
    // One publish per kind at a time: the check of the dates below and the write are one step.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('fee-rate-table:' || ${table.kind}))`;
    const problems = feeRulesProblems(feeRulesFromJson(table.rules as unknown as FeeRulesJson));
    if (Object.keys(problems).length > 0) throw invalidInput(Object.fromEntries(Object.entries(problems).map(([f, m]) => [rateTableFieldOf(f), m])));
    const published = await tx.feeRateTable.findMany({ where: { kind: table.kind, status: "PUBLISHED" }, select: { effectiveFrom: true } });
    const today = feeDateToday(options.now);
    if (published.length > 0 && table.effectiveFrom.getTime() <= today.getTime()) {
      throw invalidInput({ effectiveFrom: `適用開始日は明日（${formatWareki(new Date(today.getTime() + 86_400_000))}）以降にしてください。適用中の料率表はさかのぼって置き換えられません。` });
    }
    if (published.some((p) => p.effectiveFrom.getTime() === table.effectiveFrom.getTime())) {
      throw invalidInput({ effectiveFrom: `${formatWareki(table.effectiveFrom)}から適用する料率表は既に公開されています。` });
    }
    await tx.feeRateTable.update({ where: { id: table.id }, data: { status: "PUBLISHED", publishedKind: table.kind, publishedById: actor.userId, publishedAt: new Date() } });
    await recordAuditEntry(tx, {
      actor, action: "fee-rate-table.publish", entityType: "FeeRateTable", entityId: table.id,
      before: { status: "DRAFT" }, after: auditSnapshot({ status: "PUBLISHED", kind: table.kind, effectiveFrom: table.effectiveFrom, rules: table.rules }), request: options.request,
    });
  });
}
