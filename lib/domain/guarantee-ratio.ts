// Ratios of a guarantee amount to 請負金額 (or 今年度対象額). Limits are fractions stored on the
// ordering body (e.g. 4/10), compared in integers so that exactly 40% passes and one yen more fails.

export type Fraction = { numerator: number; denominator: number };

/** amount ≤ base × limit */
export function isWithinLimit(amount: bigint, base: bigint, limit: Fraction): boolean {
  return amount * BigInt(limit.denominator) <= base * BigInt(limit.numerator);
}

/** amount ≥ base × minimum */
export function meetsMinimum(amount: bigint, base: bigint, minimum: Fraction): boolean {
  return amount * BigInt(minimum.denominator) >= base * BigInt(minimum.numerator);
}

/** The largest whole-yen amount within the limit (rounded down). */
export function maxAmountWithin(base: bigint, limit: Fraction): bigint {
  return (base * BigInt(limit.numerator)) / BigInt(limit.denominator);
}

/** The smallest whole-yen amount meeting the minimum (rounded up). */
export function minAmountMeeting(base: bigint, minimum: Fraction): bigint {
  const n = base * BigInt(minimum.numerator);
  const d = BigInt(minimum.denominator);
  return (n + d - 1n) / d;
}

/**
 * 割合: the one percentage rule of every screen (the contractor's form, 申込確認, the staff's 申込の詳細).
 * One decimal, truncated, so that a ratio under a limit never shows as the limit rounded up:
 * 39,996円 / 100,000円 is 39.9%, not 40.0%; 40.04% shows as 40.0%. A base of 0 shows 0.0%.
 */
export function formatPercent(amount: bigint, base: bigint): string {
  if (base <= 0n) return "0.0%";
  const tenths = (amount * 1000n) / base;
  return `${tenths / 10n}.${tenths % 10n}%`;
}

export function formatFraction({ numerator, denominator }: Fraction): string {
  return `${numerator}/${denominator}`;
}

/** 「40.0%（請負金額に対する前払金保証金額の割合）」 */
export function describeRatio(amount: bigint, base: bigint, baseLabel: string, amountLabel: string): string {
  return `${formatPercent(amount, base)}（${baseLabel}に対する${amountLabel}の割合）`;
}
