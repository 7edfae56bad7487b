// The one rule set of guarantee amounts and terms (lib/domain/guarantee-rules.ts), read by 送信, 発行,
// 変更 and 訂正: the boundaries, one yen either side, and the words each refusal names.
import { describe, expect, it } from "vitest";
import type { GuaranteeKind } from "@/lib/domain/enums";
import { amountRuleBreak, amountRuleMessage, amountRuleText, changedAmountRuleMessage, isTermInOrder, termOrderMessage, type AmountBase } from "@/lib/domain/guarantee-rules";

const FOUR_TENTHS = { advanceLimit: { numerator: 4, denominator: 10 }, contractMinimum: { numerator: 1, denominator: 10 } };
const STRICT = { advanceLimit: { numerator: 3, denominator: 10 }, contractMinimum: { numerator: 3, denominator: 10 } };
const FLYER: AmountBase = { contractAmount: 50_000_000n, fiscalYearAmount: null };
const MULTI_YEAR: AmountBase = { contractAmount: 50_000_000n, fiscalYearAmount: 30_000_000n };

describe("amountRuleBreak", () => {
  it.each<[string, GuaranteeKind, bigint, AmountBase, typeof FOUR_TENTHS, string | null]>([
    ["前払金 exactly 4/10", "ADVANCE", 20_000_000n, FLYER, FOUR_TENTHS, null],
    ["前払金 one yen over 4/10", "ADVANCE", 20_000_001n, FLYER, FOUR_TENTHS, "請負金額の4/10（20,000,000円）以内"],
    ["前払金 against 今年度対象額", "ADVANCE", 12_000_000n, MULTI_YEAR, FOUR_TENTHS, null],
    ["前払金 one yen over 4/10 of 今年度対象額", "ADVANCE", 12_000_001n, MULTI_YEAR, FOUR_TENTHS, "今年度対象額の4/10（12,000,000円）以内"],
    ["前払金 under another body's 3/10", "ADVANCE", 15_000_001n, FLYER, STRICT, "請負金額の3/10（15,000,000円）以内"],
    ["前払金 of 0円", "ADVANCE", 0n, FLYER, FOUR_TENTHS, "1円以上"],
    ["前払金 below zero", "ADVANCE", -1n, FLYER, FOUR_TENTHS, "1円以上"],
    ["契約 exactly 1/10", "CONTRACT", 5_000_000n, FLYER, FOUR_TENTHS, null],
    ["契約 one yen under 1/10", "CONTRACT", 4_999_999n, FLYER, FOUR_TENTHS, "請負金額の1/10（5,000,000円）以上"],
    ["契約 equal to 請負金額", "CONTRACT", 50_000_000n, FLYER, FOUR_TENTHS, null],
    ["契約 one yen over 請負金額", "CONTRACT", 50_000_001n, FLYER, FOUR_TENTHS, "請負金額以下"],
    ["契約 ignores 今年度対象額", "CONTRACT", 4_999_999n, MULTI_YEAR, FOUR_TENTHS, "請負金額の1/10（5,000,000円）以上"],
    ["契約 under another body's 3/10", "CONTRACT", 14_999_999n, FLYER, STRICT, "請負金額の3/10（15,000,000円）以上"],
    ["中間 up to 請負金額", "INTERMEDIATE", 50_000_000n, FLYER, FOUR_TENTHS, null],
    ["中間 over 請負金額", "INTERMEDIATE", 50_000_001n, FLYER, FOUR_TENTHS, "請負金額以下"],
  ])("%s", (_name, kind, amount, base, limits, expected) => {
    const broken = amountRuleBreak(kind, amount, base, limits);
    expect(broken && amountRuleText(broken)).toBe(expected);
  });

  it("rounds the limit down and the minimum up to whole yen", () => {
    const odd: AmountBase = { contractAmount: 18_700_001n, fiscalYearAmount: null };
    expect(amountRuleBreak("ADVANCE", 7_480_000n, odd, FOUR_TENTHS)).toBeNull();
    expect(amountRuleBreak("ADVANCE", 7_480_001n, odd, FOUR_TENTHS)).toMatchObject({ rule: "advance-limit", max: 7_480_000n });
    expect(amountRuleBreak("CONTRACT", 1_870_000n, odd, FOUR_TENTHS)).toMatchObject({ rule: "contract-minimum", min: 1_870_001n });
  });

  it("words the refusal for a typed amount and for the amount a change would give", () => {
    const broken = amountRuleBreak("ADVANCE", 21_000_000n, FLYER, FOUR_TENTHS)!;
    expect(amountRuleMessage(broken, "前払金保証金額")).toBe("前払金保証金額は請負金額の4/10（20,000,000円）以内で入力してください。");
    expect(changedAmountRuleMessage(broken, "増額後の保証金額", 21_000_000n)).toBe(
      "増額後の保証金額（21,000,000円）は請負金額の4/10（20,000,000円）以内でなければなりません。",
    );
  });
});

describe("isTermInOrder (工期 and 保証期間, the same rule at 送信, 発行, 変更 and 訂正)", () => {
  const ymd = (year: number, month: number, day: number) => ({ year, month, day });
  it.each([
    ["end the day after the start", ymd(2022, 11, 1), ymd(2022, 11, 2), true],
    ["end months after the start", ymd(2022, 11, 1), ymd(2023, 3, 17), true],
    ["end on the start day (one-day term)", ymd(2022, 11, 1), ymd(2022, 11, 1), false],
    ["end before the start", ymd(2022, 11, 1), ymd(2022, 10, 31), false],
    ["end a year before, later in the month", ymd(2023, 1, 10), ymd(2022, 12, 31), false],
  ])("%s", (_name, start, end, ok) => {
    expect(isTermInOrder(start, end)).toBe(ok);
  });

  it("reads stored DATE values (UTC midnight) the same way", () => {
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    expect(isTermInOrder(day("2022-11-01"), day("2022-11-01"))).toBe(false);
    expect(isTermInOrder(day("2022-11-01"), day("2022-11-02"))).toBe(true);
  });

  it("words the refusal", () => {
    expect(termOrderMessage("完成日", "着工日")).toBe("完成日は着工日より後の日付を入力してください。");
  });
});
