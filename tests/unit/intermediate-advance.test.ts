import { describe, expect, it } from "vitest";
import { certificationDateMessage, DEFAULT_INTERMEDIATE_RULES, halfTermDate, intermediateAmountMessage, intermediateEligibility, termDays } from "@/lib/domain/intermediate-advance";
import type { YMD } from "@/lib/domain/wareki";

const ymd = (iso: string): YMD => {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  return { year, month, day };
};
const iso = (d: YMD) => `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;

describe("工期の2分の1 (the day half the 工期 has passed)", () => {
  it.each([
    // from, to, days, half
    ["2022-11-01", "2023-03-31", 151, "2023-01-15"], // the flyer's kind of 工期, across the year end
    ["2023-01-31", "2023-03-01", 30, "2023-02-14"], // February of a common year
    ["2024-01-31", "2024-03-01", 31, "2024-02-15"], // leap year: 29 February counts
    ["2024-02-28", "2024-03-01", 3, "2024-02-29"], // the half falls on 29 February
    ["2023-02-28", "2023-03-01", 2, "2023-02-28"], // two days: the first day is half
    ["2022-04-30", "2022-05-31", 32, "2022-05-15"], // month ends of 30 and 31 days
    ["2023-12-31", "2024-12-31", 367, "2024-07-01"], // a year containing a leap day
  ])("%s〜%s: %i days, half on %s", (from, to, days, half) => {
    expect(termDays(ymd(from), ymd(to))).toBe(days);
    expect(iso(halfTermDate(ymd(from), ymd(to)))).toBe(half);
  });
});

describe("the maximum 中間前払金額 under the body's fractions and rounding", () => {
  const base = { periodFrom: ymd("2022-11-01"), periodTo: ymd("2023-03-31") };
  it("2/10 of 請負金額, rounded down to 10万円", () => {
    const e = intermediateEligibility({ ...base, contractAmount: 45_555_555n, advanceAmount: 10_000_000n, rules: DEFAULT_INTERMEDIATE_RULES });
    expect(e.shareMax).toBe(9_100_000n); // 9,111,111 → 9,100,000
    expect(e.totalMax).toBe(17_300_000n); // 27,333,333 − 10,000,000 → 17,300,000
    expect(e.max).toBe(9_100_000n);
  });
  it("前払金 + 中間 ≤ 6/10 binds when the 前払金 was large", () => {
    const e = intermediateEligibility({ ...base, contractAmount: 50_000_000n, advanceAmount: 22_000_000n, rules: { ...DEFAULT_INTERMEDIATE_RULES, totalLimit: { numerator: 6, denominator: 10 }, limit: { numerator: 2, denominator: 10 } } });
    expect(e.shareMax).toBe(10_000_000n);
    expect(e.totalMax).toBe(8_000_000n);
    expect(e.max).toBe(8_000_000n);
    expect(intermediateAmountMessage(8_000_000n, e, DEFAULT_INTERMEDIATE_RULES)).toBeNull();
    expect(intermediateAmountMessage(8_000_001n, e, DEFAULT_INTERMEDIATE_RULES)).toBe(
      "前払金と中間前払金の合計は請負金額の6/10以下のため、中間前払金額は8,000,000円以下としてください（前払金 20,000,000円）（100,000円未満切捨て）。".replace("20,000,000円", "22,000,000円"),
    );
  });
  it("low-bid fractions (1/10, 3/10) and no rounding are data too", () => {
    const rules = { limit: { numerator: 1, denominator: 10 }, totalLimit: { numerator: 3, denominator: 10 }, roundingUnit: 1n, minContractAmount: 0n };
    const e = intermediateEligibility({ ...base, contractAmount: 45_555_555n, advanceAmount: 9_000_000n, rules });
    expect(e.shareMax).toBe(4_555_555n);
    expect(e.totalMax).toBe(4_666_666n);
    expect(intermediateAmountMessage(4_555_556n, e, rules)).toBe("中間前払金額は請負金額の1/10（4,555,555円）以下としてください。");
  });
  it("the issue's example message: 2/10 of 45,000,000円", () => {
    const e = intermediateEligibility({ ...base, contractAmount: 45_000_000n, advanceAmount: 18_000_000n, rules: DEFAULT_INTERMEDIATE_RULES });
    expect(intermediateAmountMessage(9_000_000n, e, DEFAULT_INTERMEDIATE_RULES)).toBeNull();
    expect(intermediateAmountMessage(9_000_001n, e, DEFAULT_INTERMEDIATE_RULES)).toBe("中間前払金額は請負金額の2/10（9,000,000円）以下としてください（100,000円未満切捨て）。");
  });
  it("a 前払金 already at the total leaves nothing", () => {
    const e = intermediateEligibility({ ...base, contractAmount: 10_000_000n, advanceAmount: 6_000_000n, rules: DEFAULT_INTERMEDIATE_RULES });
    expect(e.max).toBe(0n);
  });
  it("a contract under the body's minimum has no 中間前払金", () => {
    const rules = { ...DEFAULT_INTERMEDIATE_RULES, minContractAmount: 10_000_000n };
    const e = intermediateEligibility({ ...base, contractAmount: 9_999_999n, advanceAmount: 0n, rules });
    expect(e.belowMinimum).toBe(true);
    expect(intermediateAmountMessage(1n, e, rules)).toBe("中間前払金は請負金額が10,000,000円以上の工事が対象です。");
  });
});

describe("認定日", () => {
  const e = intermediateEligibility({ periodFrom: ymd("2024-01-31"), periodTo: ymd("2024-03-01"), contractAmount: 1n, advanceAmount: 0n, rules: DEFAULT_INTERMEDIATE_RULES });
  it("is not before half the 工期", () => {
    expect(certificationDateMessage(ymd("2024-02-14"), e, null)).toBe("認定日は工期の2分の1を経過した日（令和6年2月15日）以降の日付としてください。");
    expect(certificationDateMessage(ymd("2024-02-15"), e, null)).toBeNull();
  });
  it("is not in the future", () => {
    expect(certificationDateMessage(ymd("2024-02-20"), e, ymd("2024-02-19"))).toBe("認定日に未来の日付は入力できません。");
  });
});
