// 料率表 (本店の管理者): every table, newest 適用開始日 first per kind, with which one is in force today.
import { getPrisma } from "@/lib/db/client";
import { assertRole, type AdministratorActor } from "@/lib/auth/actor";
import type { FeeRulesJson } from "@/lib/domain/fee-calculation";
import { isUuid } from "@/lib/domain/ids";
import { notFound } from "@/lib/errors";
import { feeDateToday } from "./rate-table-in-force";

export async function listFeeRateTables(options: { actor: AdministratorActor; now?: Date }) {
  assertRole(options.actor, "ADMINISTRATOR");
  const today = feeDateToday(options.now);
  const rows = await getPrisma().feeRateTable.findMany({ orderBy: [{ kind: "asc" }, { effectiveFrom: "desc" }, { createdAt: "desc" }], include: { publishedBy: { select: { name: true } } } });
  const inForce = new Set<string>();
  const seen = new Set<string>();
  for (const row of rows) {
    if (row.status === "PUBLISHED" && row.effectiveFrom.getTime() <= today.getTime() && !seen.has(row.kind)) {
      inForce.add(row.id);
      seen.add(row.kind);
    }
  }
  return rows.map((row) => ({ ...row, rules: row.rules as unknown as FeeRulesJson, inForce: inForce.has(row.id) }));
}

export async function getFeeRateTable(options: { actor: AdministratorActor; id: string }) {
  assertRole(options.actor, "ADMINISTRATOR");
  if (!isUuid(options.id)) throw notFound();
  const row = await getPrisma().feeRateTable.findUnique({ where: { id: options.id } });
  if (!row) throw notFound();
  return { ...row, rules: row.rules as unknown as FeeRulesJson };
}
