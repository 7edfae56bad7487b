// 中間前払金保証: when a 中間前払金 may be asked for, and how much. Every number is the ordering body's data
// (発注者マスタ): the share of 請負金額 (e.g. 2/10), the cap on 前払金 + 中間前払金 together (e.g. 6/10), the
// unit the maximum is rounded down to (e.g. 10万円) and the smallest 請負金額 the body pays one for.
//
// - 工期の2分の1: the day on which half the 工期 (着工日〜完成日, both days counted) has passed: with
//   N days in the 工期, 着工日 + ceil(N / 2) − 1. The 認定日 of the 認定調書 is not before it.
// - 上限: min(請負金額 × limit, 請負金額 × total limit − 前払金額), rounded down to the body's unit, never below 0.
// - The 25% allowance for 現場管理費等 in the 使途 does not apply to the 中間前払金 (the 明細書 area reads this).
import { formatFraction, maxAmountWithin, type Fraction } from "./guarantee-ratio";
import { compareYmd, dateOfYmd, formatWareki, ymdOfDate, type YMD } from "./wareki";
import { formatYen } from "./yen";

export type IntermediateRules = {
  limit: Fraction; // 中間前払金額 ≤ this share of 請負金額
  totalLimit: Fraction; // 前払金 + 中間前払金 ≤ this share of 請負金額
  roundingUnit: bigint; // the maximum is rounded down to this many yen (1 = none)
  minContractAmount: bigint; // only for 請負金額 of at least this (0 = every contract)
};

export const DEFAULT_INTERMEDIATE_RULES: IntermediateRules = {
  limit: { numerator: 2, denominator: 10 },
  totalLimit: { numerator: 6, denominator: 10 },
  roundingUnit: 100_000n,
  minContractAmount: 0n,
};

/** The site-management share of the 使途 (現場管理費等, up to 25% of the 前払金) is not allowed for the 中間前払金. */
export const INTERMEDIATE_ALLOWS_SITE_MANAGEMENT_SHARE = false;

const DAY_MS = 86_400_000;

/** Days of a 工期, both ends counted (2022-11-01〜2022-11-30 is 30). */
export function termDays(from: YMD, to: YMD): number {
  return Math.round((dateOfYmd(to).getTime() - dateOfYmd(from).getTime()) / DAY_MS) + 1;
}

export function addDays(date: YMD, days: number): YMD {
  return ymdOfDate(new Date(dateOfYmd(date).getTime() + days * DAY_MS));
}

/** The day on which half the 工期 has passed (工期の2分の1を経過する日). */
export function halfTermDate(from: YMD, to: YMD): YMD {
  return addDays(from, Math.ceil(termDays(from, to) / 2) - 1);
}

const roundDown = (amount: bigint, unit: bigint) => (unit > 1n ? (amount / unit) * unit : amount);

export type IntermediateEligibility = {
  halfTermDate: YMD;
  /** 請負金額 × limit, rounded down to the unit. */
  shareMax: bigint;
  /** 請負金額 × total limit − 前払金額, rounded down to the unit (never below 0). */
  totalMax: bigint;
  /** The largest 中間前払金額 the body pays. */
  max: bigint;
  advanced: bigint; // 前払金額 already advanced (the 前払金保証's amount)
  /** The 請負金額 is under the body's minimum: no 中間前払金 at all. */
  belowMinimum: boolean;
};

export function intermediateEligibility(input: { contractAmount: bigint; advanceAmount: bigint; periodFrom: YMD; periodTo: YMD; rules: IntermediateRules }): IntermediateEligibility {
  const { contractAmount, advanceAmount, rules } = input;
  const shareMax = roundDown(maxAmountWithin(contractAmount, rules.limit), rules.roundingUnit);
  const totalRaw = maxAmountWithin(contractAmount, rules.totalLimit) - advanceAmount;
  const totalMax = totalRaw > 0n ? roundDown(totalRaw, rules.roundingUnit) : 0n;
  return {
    halfTermDate: halfTermDate(input.periodFrom, input.periodTo),
    shareMax,
    totalMax,
    max: shareMax < totalMax ? shareMax : totalMax,
    advanced: advanceAmount,
    belowMinimum: contractAmount < rules.minContractAmount,
  };
}

const unitText = (unit: bigint) => (unit > 1n ? `（${formatYen(unit)}未満切捨て）` : "");

/** The rule a 中間前払金額 breaks, in words with its number, or null. */
export function intermediateAmountMessage(amount: bigint, e: IntermediateEligibility, rules: IntermediateRules): string | null {
  if (e.belowMinimum) return `中間前払金は請負金額が${formatYen(rules.minContractAmount)}以上の工事が対象です。`;
  if (amount <= 0n) return "中間前払金額は1円以上で入力してください。";
  if (amount > e.shareMax) return `中間前払金額は請負金額の${formatFraction(rules.limit)}（${formatYen(e.shareMax)}）以下としてください${unitText(rules.roundingUnit)}。`;
  if (amount > e.totalMax) {
    return `前払金と中間前払金の合計は請負金額の${formatFraction(rules.totalLimit)}以下のため、中間前払金額は${formatYen(e.totalMax)}以下としてください（前払金 ${formatYen(e.advanced)}）${unitText(rules.roundingUnit)}。`;
  }
  return null;
}

/** The 認定日 of the 認定調書: not before half the 工期, not after today. */
export function certificationDateMessage(date: YMD, e: IntermediateEligibility, today: YMD | null): string | null {
  if (compareYmd(date, e.halfTermDate) < 0) return `認定日は工期の2分の1を経過した日（${formatWareki(e.halfTermDate)}）以降の日付としてください。`;
  if (today && compareYmd(date, today) > 0) return "認定日に未来の日付は入力できません。";
  return null;
}
