// 保証料計算 (contractor menu): the fee of the typed 保証種類・保証金額・保証期間 under the table in force today,
// with its breakdown. Nothing is saved.
import { getPrisma } from "@/lib/db/client";
import { assertRole, type ContractorActor } from "@/lib/auth/actor";
import { computeFee, type FeeBreakdown } from "@/lib/domain/fee-calculation";
import { FEE_KIND_LABEL } from "@/lib/domain/fee-labels";
import { conflict } from "@/lib/errors";
import { ZFeeQuote } from "@/lib/schemas/fee";
import { parseInput } from "@/lib/schemas/parse-input";
import { feeDateToday, NO_RATE_TABLE_MESSAGE, rateTableInForce } from "./rate-table-in-force";

export type FeeQuote = { kind: string; fee: string; tax: string; total: string; breakdown: FeeBreakdown; tableEffectiveFrom: string; tableNote: string | null };

export async function quoteFee(options: { actor: ContractorActor; input: unknown; now?: Date }): Promise<FeeQuote> {
  assertRole(options.actor, "CONTRACTOR");
  const input = parseInput(ZFeeQuote, options.input);
  const table = await rateTableInForce(getPrisma(), input.kind, feeDateToday(options.now));
  if (!table) throw conflict(NO_RATE_TABLE_MESSAGE(FEE_KIND_LABEL[input.kind]));
  const result = computeFee(table.rules, { amount: input.amount, termFrom: input.termFrom, termTo: input.termTo });
  return {
    kind: input.kind,
    fee: result.fee.toString(),
    tax: result.tax.toString(),
    total: result.total.toString(),
    breakdown: result.breakdown,
    tableEffectiveFrom: table.effectiveFrom.toISOString().slice(0, 10),
    tableNote: table.note,
  };
}
