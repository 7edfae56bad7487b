import { describe, expect, it } from "vitest";
import { conversionRefusal, requiredBondAmount, reservationState, reservationValidUntil, reservedAmountMessage } from "@/lib/domain/bid-bond";
import type { YMD } from "@/lib/domain/wareki";

const ymd = (year: number, month: number, day: number): YMD => ({ year, month, day });

describe("the required 契約保証金額 of a bid bond", () => {
  it("is the body's share of the 入札予定金額, rounded up to the yen", () => {
    expect(requiredBondAmount(50_000_000n, { bondShare: { numerator: 5, denominator: 100 }, validityDays: 30 })).toBe(2_500_000n);
    expect(requiredBondAmount(33_333_333n, { bondShare: { numerator: 1, denominator: 10 }, validityDays: 30 })).toBe(3_333_334n);
  });
  it("names the rule and the number", () => {
    const rules = { bondShare: { numerator: 5, denominator: 100 }, validityDays: 30 };
    expect(reservedAmountMessage(2_499_999n, 50_000_000n, rules)).toBe("契約保証金額は入札予定金額の5/100（2,500,000円）以上としてください。");
    expect(reservedAmountMessage(2_500_000n, 50_000_000n, rules)).toBeNull();
    expect(reservedAmountMessage(50_000_001n, 50_000_000n, rules)).toBe("契約保証金額は入札予定金額以下としてください。");
  });
});

describe("有効期限 and 状態", () => {
  it("is the 入札日 plus the body's days, across month ends and leap years", () => {
    expect(reservationValidUntil(ymd(2024, 1, 31), { validityDays: 30 })).toEqual(ymd(2024, 3, 1));
    expect(reservationValidUntil(ymd(2023, 1, 31), { validityDays: 30 })).toEqual(ymd(2023, 3, 2));
    expect(reservationValidUntil(ymd(2024, 12, 15), { validityDays: 20 })).toEqual(ymd(2025, 1, 4));
  });
  it("有効 through the last day, 期限切れ after it; 取消 and 移行済 win", () => {
    const validUntil = ymd(2024, 3, 1);
    expect(reservationState({ cancelled: false, converted: false, validUntil }, ymd(2024, 3, 1))).toBe("VALID");
    expect(reservationState({ cancelled: false, converted: false, validUntil }, ymd(2024, 3, 2))).toBe("EXPIRED");
    expect(reservationState({ cancelled: true, converted: false, validUntil }, ymd(2024, 2, 1))).toBe("CANCELLED");
    expect(reservationState({ cancelled: false, converted: true, validUntil }, ymd(2025, 1, 1))).toBe("CONVERTED");
    expect(conversionRefusal("EXPIRED")).toBe("この予約は有効期限を過ぎているため、契約保証を申し込めません。");
    expect(conversionRefusal("VALID")).toBeNull();
  });
});
