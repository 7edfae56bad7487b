// The published rate table of a kind in force on a date (the latest effectiveFrom on or before it), read by
// 保証料計算, 申込確認, the staff's application page and 発行 alike, so all of them apply the same table.
import type { Prisma } from "@/lib/db/client";
import type { FeeKind } from "@/lib/domain/enums";
import { feeRulesFromJson, type FeeRules, type FeeRulesJson } from "@/lib/domain/fee-calculation";
import { dateOfYmd, todayInJapan } from "@/lib/domain/wareki";

export type RateTableInForce = { id: string; kind: FeeKind; effectiveFrom: Date; note: string | null; rules: FeeRules; rulesJson: FeeRulesJson };

type Db = { feeRateTable: Prisma.TransactionClient["feeRateTable"] };

/** Today in Japan as a date-only value: the day whose table applies. */
export const feeDateToday = (now: Date = new Date()) => dateOfYmd(todayInJapan(now));

export async function rateTableInForce(db: Db, kind: FeeKind, on: Date): Promise<RateTableInForce | null> {
  const row = await db.feeRateTable.findFirst({
    where: { kind, status: "PUBLISHED", effectiveFrom: { lte: on } },
    orderBy: { effectiveFrom: "desc" },
  });
  if (!row) return null;
  const rulesJson = row.rules as unknown as FeeRulesJson;
  return { id: row.id, kind: row.kind, effectiveFrom: row.effectiveFrom, note: row.note, rules: feeRulesFromJson(rulesJson), rulesJson };
}

/** Every kind's table in force on `on`, JSON-safe for a client component (申込確認 computes with it). */
export async function rateTablesInForce(db: Db, on: Date): Promise<Partial<Record<FeeKind, { id: string; effectiveFrom: string; rules: FeeRulesJson }>>> {
  const rows = await db.feeRateTable.findMany({
    where: { status: "PUBLISHED", effectiveFrom: { lte: on } },
    orderBy: { effectiveFrom: "desc" },
    distinct: ["kind"],
  });
  return Object.fromEntries(rows.map((r) => [r.kind, { id: r.id, effectiveFrom: r.effectiveFrom.toISOString().slice(0, 10), rules: r.rules as unknown as FeeRulesJson }]));
}

export const NO_RATE_TABLE_MESSAGE = (name: string) => `${name}の料率表が公開されていないため、保証料を計算できません。本店の管理者にお問い合わせください。`;
