// The 明細書's totals and rules with their boundaries: Σ 前払金使用金額 = the 前払金額 exactly, each line
// within its 全所要金額, the 25% 現場管理費等 item at most 25% (exactly 25% passes, one yen more fails),
// only where the ordering body allows it and never on a 中間前払金; items switched per work type.
import { describe, expect, it } from "vitest";
import { usageCategoriesFor } from "@/lib/domain/usage-categories";
import { isPayeeSettled, payeeText, usagePlanErrors, usagePlanTotals, type UsagePlanContext, type UsagePlanLineValues } from "@/lib/domain/usage-plan-rules";
import { formatMonthBoth, parseMonthInput } from "@/lib/domain/month-input";

const line = (category: string, advanceAmount: bigint, totalAmount = advanceAmount, payee: string | null = "株式会社 信濃資材"): UsagePlanLineValues => ({
  category,
  detail: null,
  quantity: "一式",
  totalAmount,
  advanceAmount,
  payoutMethod: "TRANSFER",
  scheduledMonth: { year: 2026, month: 1 },
  payeeKind: "MATERIAL",
  payee,
});
const ADVANCE: UsagePlanContext = { workType: "CONSTRUCTION", guaranteeKind: "ADVANCE", overheadAllowed: true, guaranteeAmount: 20_000_000n };
const complete = { complete: true };

describe("totals", () => {
  it("sums 全所要金額, 前払金使用金額 and the 25% item, and says what remains", () => {
    const totals = usagePlanTotals([line("MATERIAL", 12_000_000n, 30_000_000n), line("OVERHEAD", 5_000_000n)], 20_000_000n);
    expect(totals).toEqual({ totalAmount: 35_000_000n, advanceAmount: 17_000_000n, overheadAmount: 5_000_000n, remaining: 3_000_000n });
  });
});

describe("Σ 前払金使用金額 = the 前払金額 exactly", () => {
  it("passes at the amount, fails one yen under or over (a draft may be unfinished)", () => {
    expect(usagePlanErrors([line("MATERIAL", 20_000_000n)], ADVANCE, complete)).toEqual({});
    expect(usagePlanErrors([line("MATERIAL", 19_999_999n)], ADVANCE, complete).total).toBe(
      "前払金使用金額の合計（19,999,999円）が前払金額（20,000,000円）に1円足りません。合計を前払金額と同じにしてください。",
    );
    expect(usagePlanErrors([line("MATERIAL", 20_000_001n, 30_000_000n)], ADVANCE, complete).total).toContain("1円超えています");
    expect(usagePlanErrors([line("MATERIAL", 19_999_999n)], ADVANCE, { complete: false })).toEqual({});
    expect(usagePlanErrors([], ADVANCE, { complete: false }).total).toBe("前払金を使用する項目を1行以上入力してください。");
  });
});

describe("each line ≤ its 全所要金額", () => {
  it("equal passes, one yen more fails on that line", () => {
    expect(usagePlanErrors([line("MATERIAL", 20_000_000n, 20_000_000n)], ADVANCE, complete)).toEqual({});
    expect(usagePlanErrors([line("LABOR", 1n, 1n), line("MATERIAL", 19_999_999n, 19_999_998n)], ADVANCE, complete)).toEqual({
      "lines.1.advanceAmount": "前払金使用金額は全所要金額以内で入力してください。",
    });
  });
});

describe("the 25% item", () => {
  it("exactly 25% passes, one yen more fails (summed over its lines)", () => {
    expect(usagePlanErrors([line("MATERIAL", 15_000_000n), line("OVERHEAD", 5_000_000n, 5_000_000n, null)], ADVANCE, complete)).toEqual({});
    expect(usagePlanErrors([line("MATERIAL", 14_999_999n), line("OVERHEAD", 5_000_001n)], ADVANCE, complete)).toEqual({
      "lines.1.advanceAmount": "現場管理費・一般管理費等は前払金額の25%（5,000,000円）以内で入力してください。",
    });
    expect(usagePlanErrors([line("OVERHEAD", 3_000_000n), line("MATERIAL", 14_999_999n), line("OVERHEAD", 2_000_001n)], ADVANCE, complete)["lines.0.advanceAmount"]).toContain("25%");
  });

  it("a 25% bound that is not whole yen is rounded down: 25% of 10,000,001円 allows 2,500,000円", () => {
    const context = { ...ADVANCE, guaranteeAmount: 10_000_001n };
    expect(usagePlanErrors([line("MATERIAL", 7_500_001n), line("OVERHEAD", 2_500_000n)], context, complete)).toEqual({});
    expect(usagePlanErrors([line("MATERIAL", 7_500_000n), line("OVERHEAD", 2_500_001n)], context, complete)["lines.1.advanceAmount"]).toContain("2,500,000円");
  });

  it("only where the ordering body allows it, and never on a 中間前払金", () => {
    const overhead = [line("MATERIAL", 15_000_000n), line("OVERHEAD", 5_000_000n)];
    const message = "現場管理費・一般管理費等は、発注者が認めている前払金保証（中間前払金を除く）にのみ計上できます。";
    expect(usagePlanErrors(overhead, { ...ADVANCE, overheadAllowed: false }, complete)).toEqual({ "lines.1.category": message });
    expect(usagePlanErrors(overhead, { ...ADVANCE, guaranteeKind: "INTERMEDIATE" }, complete)).toEqual({ "lines.1.category": message });
    expect(usageCategoriesFor({ ...ADVANCE, guaranteeKind: "INTERMEDIATE" }).map((c) => c.code)).not.toContain("OVERHEAD");
  });

  it("has 「-」 as its 支払先 and counts as settled; 未定 lines do not", () => {
    expect(payeeText(line("OVERHEAD", 1n, 1n, null))).toBe("-");
    expect(isPayeeSettled(line("OVERHEAD", 1n, 1n, null))).toBe(true);
    expect(payeeText(line("MATERIAL", 1n, 1n, null))).toBe("未定");
    expect(isPayeeSettled(line("MATERIAL", 1n, 1n, null))).toBe(false);
  });
});

describe("items per work type", () => {
  it("外注費 for 設計・調査 and 測量, 交通費 for 測量 only", () => {
    const codes = (workType: UsagePlanContext["workType"]) => usageCategoriesFor({ ...ADVANCE, workType }).map((c) => c.code);
    expect(codes("CONSTRUCTION")).not.toContain("OUTSOURCING");
    expect(codes("DESIGN")).toEqual(expect.arrayContaining(["OUTSOURCING"]));
    expect(codes("DESIGN")).not.toContain("TRAVEL");
    expect(codes("SURVEY")).toEqual(expect.arrayContaining(["OUTSOURCING", "TRAVEL"]));
    expect(usagePlanErrors([line("TRAVEL", 20_000_000n)], ADVANCE, complete)).toEqual({ "lines.0.category": "「交通費」はこの保証の明細書には使用できません。" });
  });
});

describe("払出予定 (month)", () => {
  it("reads 202601, 2026/1, 2026-01 and full-width digits; refuses month 13", () => {
    for (const raw of ["202601", "2026/1", "2026-01", "２０２６年１月"]) expect(parseMonthInput(raw)).toEqual({ ok: true, value: { year: 2026, month: 1 } });
    expect(parseMonthInput("2026-13").ok).toBe(false);
    expect(formatMonthBoth({ year: 2019, month: 5 })).toBe("2019/05（令和元年5月）");
  });
});
