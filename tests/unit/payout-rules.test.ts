// What remains on a 明細書 line (依頼中 holds its amount, 払出済 what was paid, 差戻し nothing), the 払出 ≤ 依頼 rule,
// 前払金払出予定 by month, and the key that links a 預託金融機関 text to the bank master.
import { describe, expect, it } from "vitest";
import { depositBankKey } from "@/lib/domain/deposit-bank";
import { drawProblem, heldBy, itemBalance, paidAmountProblem } from "@/lib/domain/payout-rules";
import { payoutSchedule } from "@/lib/domain/payout-schedule";

describe("itemBalance", () => {
  it("subtracts what 依頼中 and 払出済 hold; a 差戻し and the unpaid part of a 払出 are released", () => {
    const rows = [
      { status: "REQUESTED" as const, amount: 3_000_000n, paidAmount: null },
      { status: "PAID" as const, amount: 5_000_000n, paidAmount: 4_800_000n },
      { status: "RETURNED" as const, amount: 2_000_000n, paidAmount: null },
    ];
    expect(itemBalance(12_000_000n, rows)).toEqual({ planned: 12_000_000n, requested: 3_000_000n, paid: 4_800_000n, remaining: 4_200_000n });
    expect(rows.map(heldBy)).toEqual([3_000_000n, 4_800_000n, 0n]);
  });
  it("draws up to exactly what remains, not one yen more", () => {
    expect(drawProblem(4_200_000n, 4_200_000n)).toBeNull();
    expect(drawProblem(4_200_001n, 4_200_000n)).toBe("exceeds");
    expect(paidAmountProblem(5_000_000n, 5_000_000n)).toBeNull();
    expect(paidAmountProblem(5_000_001n, 5_000_000n)).toBe("exceeds");
  });
});

describe("payoutSchedule", () => {
  it("runs month by month without gaps, with running totals and what remains after the 払出", () => {
    const months = payoutSchedule(
      20_000_000n,
      [
        { month: { year: 2026, month: 12 }, amount: 12_000_000n },
        { month: { year: 2027, month: 2 }, amount: 8_000_000n },
      ],
      [{ month: { year: 2026, month: 12 }, amount: 4_800_000n }],
    );
    expect(months.map((m) => [`${m.month.year}/${m.month.month}`, m.planned, m.paid, m.plannedToDate, m.remaining])).toEqual([
      ["2026/12", 12_000_000n, 4_800_000n, 12_000_000n, 15_200_000n],
      ["2027/1", 0n, 0n, 12_000_000n, 15_200_000n],
      ["2027/2", 8_000_000n, 0n, 20_000_000n, 15_200_000n],
    ]);
    expect(payoutSchedule(1n, [], [])).toEqual([]);
  });
});

describe("depositBankKey", () => {
  it("is the same for the text with a full-width space, a half-width space, or none", () => {
    expect(depositBankKey("〇〇銀行　××支店")).toBe(depositBankKey("〇〇銀行 ××支店"));
    expect(depositBankKey("〇〇銀行××支店")).toBe(depositBankKey("〇〇銀行 ××支店"));
    expect(depositBankKey("〇〇銀行 ××支店")).not.toBe(depositBankKey("〇〇銀行 佐久支店"));
  });
});
