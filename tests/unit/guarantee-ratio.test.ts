import { describe, expect, it } from "vitest";
import { describeRatio, formatPercent, isWithinLimit, maxAmountWithin, meetsMinimum, minAmountMeeting } from "@/lib/domain/guarantee-ratio";

const FOUR_TENTHS = { numerator: 4, denominator: 10 };
const ONE_TENTH = { numerator: 1, denominator: 10 };

describe("limits as fractions", () => {
  it.each([
    [20_000_000n, 50_000_000n, true], // exactly 40.0%
    [20_000_001n, 50_000_000n, false], // one yen more
    [19_999_999n, 50_000_000n, true],
    [4n, 10n, true],
    [5n, 10n, false],
  ])("advance %s of %s within 4/10: %s", (amount, base, ok) => {
    expect(isWithinLimit(amount, base, FOUR_TENTHS)).toBe(ok);
  });

  it.each([
    [5_000_000n, 50_000_000n, true], // exactly 10%
    [4_999_999n, 50_000_000n, false], // one yen less
  ])("contract %s of %s meets 1/10: %s", (amount, base, ok) => {
    expect(meetsMinimum(amount, base, ONE_TENTH)).toBe(ok);
  });

  it("states the bounds in whole yen, rounded towards the rule", () => {
    expect(maxAmountWithin(50_000_001n, FOUR_TENTHS)).toBe(20_000_000n);
    expect(minAmountMeeting(50_000_001n, ONE_TENTH)).toBe(5_000_001n);
  });
});

describe("the ratio shown beside an amount (割合: truncated to 0.1%, the one rule of every screen)", () => {
  it.each([
    [39_996n, 100_000n, "39.9%"], // 39.996%: half-up would read 40.0%, the limit itself
    [40_000n, 100_000n, "40.0%"],
    [40_040n, 100_000n, "40.0%"],
    [40_099n, 100_000n, "40.0%"],
    [40_100n, 100_000n, "40.1%"],
    [100_000n, 100_000n, "100.0%"],
    [20_000_000n, 50_000_000n, "40.0%"],
    [20_000_001n, 50_000_000n, "40.0%"],
    [19_999_999n, 50_000_000n, "39.9%"],
    [5_000_000n, 50_000_000n, "10.0%"],
    [1n, 3n, "33.3%"],
    [0n, 50_000_000n, "0.0%"],
    [0n, 0n, "0.0%"],
    [1n, 0n, "0.0%"], // no base yet (請負金額 not entered)
    [2_147_483_648_000n, 5_368_709_120_000n, "40.0%"], // beyond 32-bit yen
  ])("%s / %s → %s", (amount, base, shown) => {
    expect(formatPercent(amount, base)).toBe(shown);
  });

  it("names what it is a ratio of", () => {
    expect(describeRatio(20_000_000n, 50_000_000n, "請負金額", "前払金保証金額")).toBe("40.0%（請負金額に対する前払金保証金額の割合）");
  });
});
