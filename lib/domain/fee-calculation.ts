// 保証料: the fee of a guarantee from a rate table (docs/DOMAIN.md, 「保証料」). Rates are data kept by the
// administrators (FeeRateTable), never constants; this file is the one rule that reads a table.
//
// Everything is exact: amounts are whole yen (bigint), rates are percentages with at most 4 decimals
// (held as integers of 1/10,000 %), and the period factor is a fraction (days/365, started months/12,
// or 1). The fee is rounded ONCE, to the table's unit and direction, then raised to the minimum fee;
// consumption tax (予約手数料 only; the guarantees' tax rate is 0) is computed on the rounded fee and
// truncated to the yen. The same inputs and table give the same number at 保証料計算, 申込確認, 発行 and in
// the statement, because all of them call computeFee.
import type { FeeKind } from "./enums";

/** 区分ごとの料率の適用: each bracket's share at its own rate (累進), or the whole amount at its bracket's rate. */
export const BRACKET_MODES = ["MARGINAL", "FLAT"] as const;
export type BracketMode = (typeof BRACKET_MODES)[number];
/** 期間係数: 保証期間の日数 / 365, 開始した月数 / 12, or none (a fee per guarantee, e.g. 予約手数料). */
export const PERIOD_MODES = ["DAYS", "MONTHS", "NONE"] as const;
export type PeriodMode = (typeof PERIOD_MODES)[number];
/** 端数処理 */
export const ROUNDING_DIRECTIONS = ["DOWN", "UP", "HALF_UP"] as const;
export type RoundingDirection = (typeof ROUNDING_DIRECTIONS)[number];

export type FeeBracket = {
  /** The bracket's upper bound in yen (inclusive); null for the last, open bracket. */
  upTo: bigint | null;
  /** Yearly rate in percent, e.g. "0.45" (at most 4 decimals). */
  ratePercent: string;
};

export type FeeRules = {
  bracketMode: BracketMode;
  brackets: FeeBracket[];
  periodMode: PeriodMode;
  minimumFee: bigint;
  rounding: { unit: bigint; direction: RoundingDirection };
  /** 返還: this percentage of the unexpired share is refunded, but the guarantee company keeps at least minimumRetained. */
  refund: { sharePercent: string; minimumRetained: bigint };
  /** 消費税率 in percent: "0" for 保証料, "10" for the 契約保証予約手数料 now. */
  taxPercent: string;
};

export const BRACKET_MODE_LABEL: Record<BracketMode, string> = { MARGINAL: "区分ごとに各料率を適用（累進）", FLAT: "金額が属する区分の料率を全額に適用" };
export const PERIOD_MODE_LABEL: Record<PeriodMode, string> = { DAYS: "保証期間の日数 ÷ 365", MONTHS: "開始した月数 ÷ 12", NONE: "期間によらない" };
export const ROUNDING_DIRECTION_LABEL: Record<RoundingDirection, string> = { DOWN: "切り捨て", UP: "切り上げ", HALF_UP: "四捨五入" };

/** The marking of the seed's example tables: they are not anyone's real rates. */
export const DEMO_RATE_TABLE_NOTE = "デモ用の料率（実際の料率ではありません）";

const RATE_SCALE = 10_000n; // ratePercent × 10,000 is an integer
const PERCENT = 100n;
const MAX_RATE_UNITS = 100n * RATE_SCALE; // 100 %

/** "0.45" → 4500 (units of 1/10,000 %); null when it is not a percentage with at most 4 decimals in 0–100. */
export function rateUnitsOf(text: string): bigint | null {
  const t = text.normalize("NFKC").trim().replace(/%$/, "").trim();
  const m = /^(\d{1,3})(?:\.(\d{1,4}))?$/.exec(t);
  if (!m) return null;
  const units = BigInt(m[1] ?? "0") * RATE_SCALE + BigInt((m[2] ?? "").padEnd(4, "0"));
  return units > MAX_RATE_UNITS ? null : units;
}

const rateUnits = (text: string): bigint => {
  const units = rateUnitsOf(text);
  if (units === null) throw new Error(`not a rate: ${text}`);
  return units;
};

/** Problems of a table (Japanese, by field), empty when it can be published. */
export function feeRulesProblems(rules: FeeRules): Record<string, string> {
  const problems: Record<string, string> = {};
  if (rules.brackets.length === 0) problems.brackets = "料率の区分を1つ以上入力してください。";
  let previous = 0n;
  rules.brackets.forEach((bracket, index) => {
    const last = index === rules.brackets.length - 1;
    if (rateUnitsOf(bracket.ratePercent) === null) problems[`brackets.${index}.ratePercent`] = "料率は0〜100の数（小数点以下4桁まで）で入力してください。";
    if (last && bracket.upTo !== null) problems[`brackets.${index}.upTo`] = "最後の区分は上限なしにしてください。";
    if (!last && bracket.upTo === null) problems[`brackets.${index}.upTo`] = "最後の区分以外は上限額を入力してください。";
    if (bracket.upTo !== null) {
      if (bracket.upTo <= previous) problems[`brackets.${index}.upTo`] = "上限額は前の区分の上限額より大きくしてください。";
      previous = bracket.upTo;
    }
  });
  if (rules.minimumFee < 0n) problems.minimumFee = "最低保証料は0円以上で入力してください。";
  if (rules.rounding.unit < 1n) problems["rounding.unit"] = "端数処理の単位は1円以上で入力してください。";
  if (rateUnitsOf(rules.refund.sharePercent) === null) problems["refund.sharePercent"] = "返還割合は0〜100の数で入力してください。";
  if (rules.refund.minimumRetained < 0n) problems["refund.minimumRetained"] = "返還しない最低額は0円以上で入力してください。";
  if (rateUnitsOf(rules.taxPercent) === null) problems.taxPercent = "消費税率は0〜100の数で入力してください。";
  return problems;
}

// ── dates: date-only values are UTC midnight (lib/domain/wareki.ts) ──

const DAY_MS = 86_400_000;
const dayNumber = (date: Date) => Math.floor(date.getTime() / DAY_MS);

/** 保証期間の日数, both ends counted: 2022/11/01〜2022/11/30 is 30 days. */
export function termDays(from: Date, to: Date): number {
  return dayNumber(to) - dayNumber(from) + 1;
}

function addMonths(date: Date, months: number): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(date.getUTCDate(), lastDay)));
}

/** 開始した月数: 11/01〜11/30 is 1, 11/01〜12/01 is 2 (a month counts once it has begun). */
export function startedMonths(from: Date, to: Date): number {
  let k = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
  if (addMonths(from, k).getTime() > to.getTime()) k -= 1;
  return Math.max(k, 0) + 1;
}

export type PeriodFactor = { numerator: bigint; denominator: bigint; description: string };

export function periodFactor(mode: PeriodMode, from: Date, to: Date): PeriodFactor {
  switch (mode) {
    case "DAYS": {
      const days = termDays(from, to);
      return { numerator: BigInt(days), denominator: 365n, description: `${days}日 ÷ 365` };
    }
    case "MONTHS": {
      const months = startedMonths(from, to);
      return { numerator: BigInt(months), denominator: 12n, description: `${months}か月 ÷ 12` };
    }
    case "NONE":
      return { numerator: 1n, denominator: 1n, description: "期間によらない" };
  }
}

// ── rounding ──

function divideRounded(numerator: bigint, denominator: bigint, direction: RoundingDirection): bigint {
  const q = numerator / denominator;
  const r = numerator % denominator;
  if (r === 0n) return q;
  switch (direction) {
    case "DOWN":
      return q;
    case "UP":
      return q + 1n;
    case "HALF_UP":
      return r * 2n >= denominator ? q + 1n : q;
  }
}

/** An exact amount numerator/denominator yen as text, e.g. 55,555.551円 (the bracket lines are exact decimals). */
export function formatExactYen(numerator: bigint, denominator: bigint): string {
  const whole = numerator / denominator;
  let rest = numerator % denominator;
  let decimals = "";
  for (let i = 0; i < 6 && rest !== 0n; i++) {
    rest *= 10n;
    decimals += (rest / denominator).toString();
    rest %= denominator;
  }
  const suffix = rest === 0n ? "" : "…";
  return `${whole.toLocaleString("ja-JP")}${decimals ? `.${decimals}${suffix}` : ""}円`;
}

// ── the fee ──

export type FeeInput = { amount: bigint; termFrom: Date; termTo: Date };

export type FeeBreakdownLine = {
  /** The bracket: from (exclusive lower bound + 1) to upTo; null = 上限なし. */
  from: string;
  upTo: string | null;
  /** The part of the amount charged at this line's rate. */
  base: string;
  ratePercent: string;
  /** base × rate, exact, as text (年額). */
  yearly: string;
  note?: string;
};

/** What a statement prints and a guarantee keeps: every number as text (JSON-safe). */
export type FeeBreakdown = {
  amount: string;
  termFrom: string;
  termTo: string;
  bracketMode: BracketMode;
  lines: FeeBreakdownLine[];
  yearlyTotal: string;
  periodFactor: string;
  beforeRounding: string;
  rounding: string;
  minimumFee: string;
  minimumApplied: boolean;
  fee: string;
  taxPercent: string;
  tax: string;
  total: string;
};

export type FeeResult = { fee: bigint; tax: bigint; total: bigint; breakdown: FeeBreakdown };

const iso = (date: Date) => date.toISOString().slice(0, 10);
const yen = (amount: bigint) => `${amount.toLocaleString("ja-JP")}円`;

/** 年額 as an exact fraction (numerator over 100 × RATE_SCALE), and the lines that show it. */
function yearly(rules: FeeRules, amount: bigint): { numerator: bigint; lines: FeeBreakdownLine[] } {
  const D = PERCENT * RATE_SCALE;
  if (rules.bracketMode === "MARGINAL") {
    let lower = 0n;
    let numerator = 0n;
    const lines: FeeBreakdownLine[] = [];
    for (const bracket of rules.brackets) {
      if (amount <= lower) break;
      const top = bracket.upTo === null || amount < bracket.upTo ? amount : bracket.upTo;
      const base = top - lower;
      const part = base * rateUnits(bracket.ratePercent);
      numerator += part;
      lines.push({ from: (lower + 1n).toString(), upTo: bracket.upTo?.toString() ?? null, base: base.toString(), ratePercent: bracket.ratePercent, yearly: formatExactYen(part, D) });
      if (bracket.upTo === null) break;
      lower = bracket.upTo;
    }
    return { numerator, lines };
  }
  // FLAT: the whole amount at the rate of its bracket, but never less than the highest amount of a lower
  // bracket at that bracket's rate (so a larger amount never pays less where rates fall by bracket).
  let lower = 0n;
  let floor = 0n;
  let floorFrom: FeeBracket | null = null;
  for (const bracket of rules.brackets) {
    const units = rateUnits(bracket.ratePercent);
    if (bracket.upTo === null || amount <= bracket.upTo) {
      const own = amount * units;
      const useFloor = floor > own;
      const line: FeeBreakdownLine = {
        from: (lower + 1n).toString(),
        upTo: bracket.upTo?.toString() ?? null,
        base: amount.toString(),
        ratePercent: bracket.ratePercent,
        yearly: formatExactYen(useFloor ? floor : own, D),
        ...(useFloor && floorFrom ? { note: `下位区分の上限額（${yen(floorFrom.upTo!)}）× ${floorFrom.ratePercent}% を下回らない額` } : {}),
      };
      return { numerator: useFloor ? floor : own, lines: [line] };
    }
    const ceiling = bracket.upTo * units;
    if (ceiling > floor) {
      floor = ceiling;
      floorFrom = bracket;
    }
    lower = bracket.upTo;
  }
  return { numerator: 0n, lines: [] };
}

/** The fee of a guarantee of `input.amount` over 保証期間 termFrom〜termTo under `rules`. */
export function computeFee(rules: FeeRules, input: FeeInput): FeeResult {
  const D = PERCENT * RATE_SCALE;
  const { numerator, lines } = yearly(rules, input.amount);
  const factor = periodFactor(rules.periodMode, input.termFrom, input.termTo);
  const exactNumerator = numerator * factor.numerator;
  const exactDenominator = D * factor.denominator;
  const unit = rules.rounding.unit;
  const rounded = divideRounded(exactNumerator, exactDenominator * unit, rules.rounding.direction) * unit;
  const minimumApplied = rounded < rules.minimumFee;
  const fee = minimumApplied ? rules.minimumFee : rounded;
  const tax = (fee * rateUnits(rules.taxPercent)) / D;
  return {
    fee,
    tax,
    total: fee + tax,
    breakdown: {
      amount: input.amount.toString(),
      termFrom: iso(input.termFrom),
      termTo: iso(input.termTo),
      bracketMode: rules.bracketMode,
      lines,
      yearlyTotal: formatExactYen(numerator, D),
      periodFactor: factor.description,
      beforeRounding: formatExactYen(exactNumerator, exactDenominator),
      rounding: `${yen(unit)}未満${ROUNDING_DIRECTION_LABEL[rules.rounding.direction]}`,
      minimumFee: rules.minimumFee.toString(),
      minimumApplied,
      fee: fee.toString(),
      taxPercent: rules.taxPercent,
      tax: tax.toString(),
      total: (fee + tax).toString(),
    },
  };
}

// ── changes: additional fee and refunds ──

/** 追加保証料 of a 増額 or a later 保証期限: the fee of the new terms less the fee of the old (never negative). */
export function additionalFee(rules: FeeRules, before: FeeInput, after: FeeInput): { additional: bigint; before: FeeResult; after: FeeResult } {
  const was = computeFee(rules, before);
  const now = computeFee(rules, after);
  const diff = now.fee - was.fee;
  return { additional: diff > 0n ? diff : 0n, before: was, after: now };
}

export type RefundEvent =
  | { type: "DECREASE"; newAmount: bigint; on: Date }
  | { type: "TERM_SHORTEN"; newTermTo: Date }
  | { type: "CANCEL"; on: Date };

export type RefundResult = { refund: bigint; basis: string; unexpiredShare: string; sharePercent: string; retained: bigint; capped: boolean };

/**
 * 保証料返還 under the table that applied: the part of what was paid (`paid`, net of earlier refunds and with
 * any 追加保証料) that the change no longer needs, times the unexpired share of the 保証期間 (days after `on`
 * up to the end), times the table's refund percentage, truncated to the table's unit; the company always
 * keeps at least minimumRetained, so a refund is never more than was paid and never negative.
 * - 減額: the basis is what was paid less the fee of the reduced amount over the same term.
 * - 期限短縮: the basis is what was paid less the fee of the shortened term (all of it is unexpired).
 * - 取消: the basis is everything paid.
 */
export function computeRefund(rules: FeeRules, current: FeeInput, paid: bigint, event: RefundEvent): RefundResult {
  const D = PERCENT * RATE_SCALE;
  const total = BigInt(termDays(current.termFrom, current.termTo));
  const remainingAfter = (on: Date) => {
    const left = BigInt(dayNumber(current.termTo) - dayNumber(on));
    return left < 0n ? 0n : left > total ? total : left;
  };
  let basis: bigint;
  let shareNumerator: bigint;
  let shareDenominator: bigint;
  switch (event.type) {
    case "DECREASE":
      basis = paid - computeFee(rules, { ...current, amount: event.newAmount }).fee;
      shareNumerator = remainingAfter(event.on);
      shareDenominator = total;
      break;
    case "TERM_SHORTEN":
      basis = paid - computeFee(rules, { ...current, termTo: event.newTermTo }).fee;
      shareNumerator = 1n;
      shareDenominator = 1n;
      break;
    case "CANCEL":
      basis = paid;
      shareNumerator = remainingAfter(event.on);
      shareDenominator = total;
      break;
  }
  if (basis < 0n) basis = 0n;
  const unit = rules.rounding.unit;
  const raw = ((basis * shareNumerator * rateUnits(rules.refund.sharePercent)) / (shareDenominator * D * unit)) * unit;
  const most = paid - rules.refund.minimumRetained;
  const ceiling = most > 0n ? most : 0n;
  const capped = raw > ceiling;
  const refund = capped ? ceiling : raw;
  return {
    refund,
    basis: basis.toString(),
    unexpiredShare: shareDenominator === 1n ? "全期間" : `${shareNumerator}日 ÷ ${shareDenominator}日`,
    sharePercent: rules.refund.sharePercent,
    retained: paid - refund,
    capped,
  };
}

// ── tables in force ──

export type DatedTable = { effectiveFrom: Date };

/** The table in force on `date`: the one with the latest effectiveFrom on or before it; null when none. */
export function tableInForce<T extends DatedTable>(tables: readonly T[], date: Date): T | null {
  let best: T | null = null;
  for (const table of tables) {
    if (table.effectiveFrom.getTime() <= date.getTime() && (!best || table.effectiveFrom.getTime() > best.effectiveFrom.getTime())) best = table;
  }
  return best;
}

// ── JSON (a table's rules are stored as JSON, amounts as decimal text) ──

export type FeeRulesJson = {
  bracketMode: BracketMode;
  brackets: { upTo: string | null; ratePercent: string }[];
  periodMode: PeriodMode;
  minimumFee: string;
  rounding: { unit: string; direction: RoundingDirection };
  refund: { sharePercent: string; minimumRetained: string };
  taxPercent: string;
};

export const feeRulesToJson = (rules: FeeRules): FeeRulesJson => ({
  bracketMode: rules.bracketMode,
  brackets: rules.brackets.map((b) => ({ upTo: b.upTo === null ? null : b.upTo.toString(), ratePercent: b.ratePercent })),
  periodMode: rules.periodMode,
  minimumFee: rules.minimumFee.toString(),
  rounding: { unit: rules.rounding.unit.toString(), direction: rules.rounding.direction },
  refund: { sharePercent: rules.refund.sharePercent, minimumRetained: rules.refund.minimumRetained.toString() },
  taxPercent: rules.taxPercent,
});

export const feeRulesFromJson = (json: FeeRulesJson): FeeRules => ({
  bracketMode: json.bracketMode,
  brackets: json.brackets.map((b) => ({ upTo: b.upTo === null ? null : BigInt(b.upTo), ratePercent: b.ratePercent })),
  periodMode: json.periodMode,
  minimumFee: BigInt(json.minimumFee),
  rounding: { unit: BigInt(json.rounding.unit), direction: json.rounding.direction },
  refund: { sharePercent: json.refund.sharePercent, minimumRetained: BigInt(json.refund.minimumRetained) },
  taxPercent: json.taxPercent,
});

/** The terms the seed's example tables share, unless one says otherwise. */
const demoRules = (brackets: FeeRules["brackets"], terms: Partial<FeeRules> = {}): FeeRules => ({
  bracketMode: "MARGINAL",
  brackets,
  periodMode: "DAYS",
  minimumFee: 3_000n,
  rounding: { unit: 100n, direction: "DOWN" },
  refund: { sharePercent: "100", minimumRetained: terms.minimumFee ?? 3_000n },
  taxPercent: "0",
  ...terms,
});

/** The seed's example tables (marked DEMO_RATE_TABLE_NOTE): invented numbers, not any company's rates. */
export const DEMO_FEE_RULES: Record<FeeKind, FeeRules> = {
  ADVANCE: demoRules([
    { upTo: 10_000_000n, ratePercent: "0.45" },
    { upTo: 100_000_000n, ratePercent: "0.35" },
    { upTo: null, ratePercent: "0.25" },
  ]),
  INTERMEDIATE: demoRules([
    { upTo: 10_000_000n, ratePercent: "0.4" },
    { upTo: null, ratePercent: "0.3" },
  ]),
  CONTRACT: demoRules(
    [
      { upTo: 5_000_000n, ratePercent: "0.6" },
      { upTo: 50_000_000n, ratePercent: "0.5" },
      { upTo: null, ratePercent: "0.4" },
    ],
    { bracketMode: "FLAT", periodMode: "MONTHS", minimumFee: 5_000n, refund: { sharePercent: "90", minimumRetained: 5_000n } },
  ),
  // 予約手数料: a flat fee with consumption tax, never refunded.
  BID_BOND_RESERVATION: demoRules([{ upTo: null, ratePercent: "0" }], {
    bracketMode: "FLAT",
    periodMode: "NONE",
    minimumFee: 5_000n,
    rounding: { unit: 1n, direction: "DOWN" },
    refund: { sharePercent: "0", minimumRetained: 5_000n },
    taxPercent: "10",
  }),
};

/** 一括納付: a month's statement is due at the end of the following month (翌月末). `month` is its first day. */
export function lumpSumDueDate(month: Date): Date {
  return new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 2, 0));
}
