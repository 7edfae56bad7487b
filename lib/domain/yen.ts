// 円 display: whole yen with thousands separators, e.g. 20,000,000円.
export function formatYen(amount: bigint | number | null | undefined, unit = "円"): string {
  if (amount === null || amount === undefined) return "";
  return `${BigInt(amount).toLocaleString("ja-JP")}${unit}`;
}

/** Bid amounts are entered and shown in 千円. */
export function formatThousandYen(amount: bigint | number | null | undefined): string {
  return formatYen(amount, "千円");
}
