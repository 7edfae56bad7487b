// 保証料: the rule of lib/domain/fee-calculation.ts, table-driven, then properties over random tables.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  additionalFee,
  computeFee,
  computeRefund,
  DEMO_FEE_RULES,
  feeRulesFromJson,
  feeRulesProblems,
  feeRulesToJson,
  rateUnitsOf,
  startedMonths,
  tableInForce,
  termDays,
  type FeeRules,
} from "@/lib/domain/fee-calculation";
import { formatWareki } from "@/lib/domain/wareki";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const YEAR = { termFrom: d("2023-01-01"), termTo: d("2023-12-31") }; // 365 days, 12 months

const base: FeeRules = {
  bracketMode: "MARGINAL",
  brackets: [
    { upTo: 10_000_000n, ratePercent: "0.5" },
    { upTo: 100_000_000n, ratePercent: "0.3" },
    { upTo: null, ratePercent: "0.2" },
  ],
  periodMode: "DAYS",
  minimumFee: 1_000n,
  rounding: { unit: 1n, direction: "DOWN" },
  refund: { sharePercent: "100", minimumRetained: 1_000n },
  taxPercent: "0",
};
const rules = (over: Partial<FeeRules>): FeeRules => ({ ...base, ...over });

describe("brackets", () => {
  it.each([
    // amount, marginal fee over one year, flat fee over one year
    [1_000_000n, 5_000n, 5_000n],
    [10_000_000n, 50_000n, 50_000n],
    [20_000_000n, 50_000n + 30_000n, 60_000n], // flat 20,000,000 × 0.3% = 60,000 ≥ 10,000,000 × 0.5% = 50,000
    [100_000_000n, 50_000n + 270_000n, 300_000n],
    [200_000_000n, 50_000n + 270_000n + 200_000n, 400_000n],
  ])("%s円: marginal %s円, flat %s円", (amount, marginal, flat) => {
    expect(computeFee(base, { amount, ...YEAR }).fee).toBe(marginal);
    expect(computeFee(rules({ bracketMode: "FLAT" }), { amount, ...YEAR }).fee).toBe(flat);
  });

  it("a marginal breakdown has one line per bracket used, exact to the sen", () => {
    const result = computeFee(base, { amount: 12_345_678n, ...YEAR });
    expect(result.breakdown.lines.map((l) => [l.base, l.ratePercent, l.yearly])).toEqual([
      ["10000000", "0.5", "50,000円"],
      ["2345678", "0.3", "7,037.034円"],
    ]);
    expect(result.fee).toBe(57_037n);
  });

  it("flat: just above a bracket's top never pays less than the top did (falling rates)", () => {
    const flat = rules({ bracketMode: "FLAT", brackets: [{ upTo: 10_000_000n, ratePercent: "0.5" }, { upTo: null, ratePercent: "0.3" }] });
    const top = computeFee(flat, { amount: 10_000_000n, ...YEAR });
    const above = computeFee(flat, { amount: 10_000_001n, ...YEAR });
    expect(top.fee).toBe(50_000n);
    expect(above.fee).toBe(50_000n);
    expect(above.breakdown.lines[0]?.note).toContain("下位区分の上限額（10,000,000円）× 0.5%");
  });
});

describe("period factor", () => {
  it.each([
    ["2023-01-01", "2023-12-31", 365],
    ["2022-11-01", "2022-11-30", 30],
    ["2024-01-01", "2024-12-31", 366], // leap year: 366/365
    ["2023-03-01", "2023-03-02", 2],
  ])("%s〜%s is %i days (both ends)", (from, to, days) => {
    expect(termDays(d(from), d(to))).toBe(days);
  });

  it.each([
    ["2022-11-01", "2022-11-30", 1],
    ["2022-11-01", "2022-12-01", 2],
    ["2023-01-31", "2023-02-27", 1],
    ["2023-01-31", "2023-02-28", 2], // 1/31 + 1 month is 2/28: the second month has begun
    ["2023-01-31", "2023-03-01", 2],
    ["2023-01-01", "2023-12-31", 12],
    ["2023-01-01", "2024-01-01", 13],
  ])("%s〜%s has %i started months", (from, to, months) => {
    expect(startedMonths(d(from), d(to))).toBe(months);
  });

  it("days / 365, started months / 12, or none", () => {
    const amount = 10_000_000n; // 50,000円 a year
    const half = { termFrom: d("2023-01-01"), termTo: d("2023-07-01") }; // 182 days, 7 started months
    expect(computeFee(base, { amount, ...half }).fee).toBe(24_931n); // 50,000 × 182 / 365 = 24,931.5…
    expect(computeFee(rules({ periodMode: "MONTHS" }), { amount, ...half }).fee).toBe(29_166n); // × 7/12
    expect(computeFee(rules({ periodMode: "NONE" }), { amount, ...half }).fee).toBe(50_000n);
  });
});

describe("rounding and minimum", () => {
  const half = { termFrom: d("2023-01-01"), termTo: d("2023-07-01") }; // 24,931.50…円 before rounding
  it.each([
    [1n, "DOWN", 24_931n],
    [1n, "UP", 24_932n],
    [1n, "HALF_UP", 24_932n],
    [100n, "DOWN", 24_900n],
    [100n, "UP", 25_000n],
    [100n, "HALF_UP", 24_900n],
    [1000n, "HALF_UP", 25_000n],
  ] as const)("unit %s円 %s → %s円", (unit, direction, fee) => {
    expect(computeFee(rules({ rounding: { unit, direction } }), { amount: 10_000_000n, ...half }).fee).toBe(fee);
  });

  it("the minimum fee applies after rounding, and the breakdown says so", () => {
    const small = computeFee(rules({ minimumFee: 10_000n }), { amount: 100_000n, ...YEAR }); // 500円 before the minimum
    expect(small.fee).toBe(10_000n);
    expect(small.breakdown.minimumApplied).toBe(true);
  });

  it("consumption tax (予約手数料) is on the rounded fee, truncated to the yen", () => {
    const reservation = computeFee(DEMO_FEE_RULES.BID_BOND_RESERVATION, { amount: 5_000_000n, ...YEAR });
    expect([reservation.fee, reservation.tax, reservation.total]).toEqual([5_000n, 500n, 5_500n]);
    const odd = computeFee(rules({ taxPercent: "10", periodMode: "NONE" }), { amount: 1_001_001n, ...YEAR }); // fee 5,005
    expect(odd.tax).toBe(500n); // 500.5 → 500
    expect(computeFee(base, { amount: 1_000_000n, ...YEAR }).tax).toBe(0n);
  });
});

describe("changes", () => {
  it("増額: the additional fee is the new fee less the old", () => {
    const { additional } = additionalFee(base, { amount: 10_000_000n, ...YEAR }, { amount: 20_000_000n, ...YEAR });
    expect(additional).toBe(30_000n);
  });

  it.each([
    // event, paid, refund
    [{ type: "CANCEL", on: d("2023-12-31") } as const, 50_000n, 0n],
    [{ type: "CANCEL", on: d("2023-07-01") } as const, 50_000n, 25_068n], // 50,000 × 183/365 (07/02〜12/31 unexpired)
    [{ type: "CANCEL", on: d("2022-12-31") } as const, 50_000n, 49_000n], // whole term unexpired, but 1,000円 is kept
    [{ type: "DECREASE", newAmount: 5_000_000n, on: d("2023-01-01") } as const, 50_000n, 24_931n], // 25,000 × 364/365
    [{ type: "TERM_SHORTEN", newTermTo: d("2023-06-30") } as const, 50_000n, 25_206n], // 50,000 − 24,794 (181 days)
  ])("%o with %s円 paid refunds %s円", (event, paid, refund) => {
    expect(computeRefund(base, { amount: 10_000_000n, ...YEAR }, paid, event).refund).toBe(refund);
  });

  it("the refund share and the table's unit apply (rounded down)", () => {
    const r = rules({ refund: { sharePercent: "90", minimumRetained: 0n }, rounding: { unit: 100n, direction: "UP" } });
    expect(computeRefund(r, { amount: 10_000_000n, ...YEAR }, 50_000n, { type: "CANCEL", on: d("2023-07-01") }).refund).toBe(22_500n); // 25,068.49… × 90% = 22,561.6…
  });
});

describe("the table in force", () => {
  const tables = [
    { id: "heisei", effectiveFrom: d("2018-04-01") },
    { id: "reiwa", effectiveFrom: d("2019-05-01") },
    { id: "later", effectiveFrom: d("2026-04-01") },
  ];
  it.each([
    ["2018-03-31", null],
    ["2018-04-01", "heisei"],
    ["2019-04-30", "heisei"], // 平成31年4月30日
    ["2019-05-01", "reiwa"], // 令和元年5月1日
    ["2026-03-31", "reiwa"],
    ["2026-04-01", "later"],
  ])("on %s: %s", (date, id) => {
    expect(tableInForce(tables, d(date))?.id ?? null).toBe(id);
  });

  it("effective dates read in 和暦 across the era change", () => {
    expect(formatWareki(d("2019-04-30"))).toBe("平成31年4月30日");
    expect(formatWareki(tables[1]!.effectiveFrom)).toBe("令和元年5月1日");
  });
});

describe("a table's shape", () => {
  it("reads rates with at most 4 decimals, full-width too", () => {
    expect([rateUnitsOf("0.45"), rateUnitsOf("０．４５％"), rateUnitsOf("100"), rateUnitsOf("0.12345"), rateUnitsOf("101"), rateUnitsOf("-1")]).toEqual([4500n, 4500n, 1_000_000n, null, null, null]);
  });

  it("names each problem by its field", () => {
    expect(feeRulesProblems(DEMO_FEE_RULES.ADVANCE)).toEqual({});
    const broken = rules({ brackets: [{ upTo: 5n, ratePercent: "x" }, { upTo: 3n, ratePercent: "1" }], rounding: { unit: 0n, direction: "DOWN" } });
    expect(Object.keys(feeRulesProblems(broken)).sort()).toEqual(["brackets.0.ratePercent", "brackets.1.upTo", "rounding.unit"]);
  });

  it("survives JSON", () => {
    for (const r of Object.values(DEMO_FEE_RULES)) expect(feeRulesFromJson(JSON.parse(JSON.stringify(feeRulesToJson(r))))).toEqual(r);
  });
});

// ── properties over random tables ──

const arbRate = fc.integer({ min: 0, max: 20_000 }).map((u) => `${Math.floor(u / 10_000)}.${String(u % 10_000).padStart(4, "0")}`);
const arbRules: fc.Arbitrary<FeeRules> = fc
  .record({
    bracketMode: fc.constantFrom("MARGINAL", "FLAT" as const),
    tops: fc.uniqueArray(fc.bigInt({ min: 1n, max: 5_000_000_000n }), { maxLength: 4 }),
    rates: fc.array(arbRate, { minLength: 5, maxLength: 5 }),
    periodMode: fc.constantFrom("DAYS", "MONTHS", "NONE" as const),
    minimumFee: fc.bigInt({ min: 0n, max: 100_000n }),
    unit: fc.constantFrom(1n, 10n, 100n, 1000n),
    direction: fc.constantFrom("DOWN", "UP", "HALF_UP" as const),
    share: fc.integer({ min: 0, max: 100 }),
    retained: fc.bigInt({ min: 0n, max: 100_000n }),
  })
  .map((r) => {
    const tops = [...r.tops].sort((a, b) => (a < b ? -1 : 1));
    return {
      bracketMode: r.bracketMode,
      brackets: [...tops.map((upTo, i) => ({ upTo, ratePercent: r.rates[i] })), { upTo: null, ratePercent: r.rates[4] }],
      periodMode: r.periodMode,
      minimumFee: r.minimumFee,
      rounding: { unit: r.unit, direction: r.direction },
      refund: { sharePercent: String(r.share), minimumRetained: r.retained },
      taxPercent: "10",
    } as FeeRules;
  });
const arbAmount = fc.bigInt({ min: 1n, max: 999_999_999_999n });
const arbTerm = fc.record({ start: fc.integer({ min: 0, max: 20_000 }), days: fc.integer({ min: 1, max: 3_000 }) }).map(({ start, days }) => ({
  termFrom: new Date(Date.UTC(2000, 0, 1 + start)),
  termTo: new Date(Date.UTC(2000, 0, 1 + start + days)),
}));

describe("properties", () => {
  it("the fee never falls with a larger amount", () => {
    fc.assert(fc.property(arbRules, arbAmount, arbAmount, arbTerm, (r, a, b, term) => {
      const [small, large] = a < b ? [a, b] : [b, a];
      expect(computeFee(r, { amount: large, ...term }).fee >= computeFee(r, { amount: small, ...term }).fee).toBe(true);
    }), { numRuns: 400 });
  });

  it("the fee never falls with a longer period", () => {
    fc.assert(fc.property(arbRules, arbAmount, arbTerm, fc.integer({ min: 0, max: 800 }), (r, amount, term, extra) => {
      const longer = { termFrom: term.termFrom, termTo: new Date(term.termTo.getTime() + extra * 86_400_000) };
      expect(computeFee(r, { amount, ...longer }).fee >= computeFee(r, { amount, ...term }).fee).toBe(true);
    }), { numRuns: 400 });
  });

  it("the fee is never below the minimum, and is a multiple of the unit unless it is the minimum", () => {
    fc.assert(fc.property(arbRules, arbAmount, arbTerm, (r, amount, term) => {
      const { fee } = computeFee(r, { amount, ...term });
      expect(fee >= r.minimumFee).toBe(true);
      expect(fee === r.minimumFee || fee % r.rounding.unit === 0n).toBe(true);
    }), { numRuns: 400 });
  });

  it("a refund never exceeds what was paid and is never negative", () => {
    const arbEvent = fc.oneof(
      fc.record({ type: fc.constant("CANCEL" as const), on: fc.integer({ min: -100, max: 25_000 }).map((n) => new Date(Date.UTC(2000, 0, 1 + n))) }),
      fc.record({ type: fc.constant("DECREASE" as const), newAmount: arbAmount, on: fc.integer({ min: -100, max: 25_000 }).map((n) => new Date(Date.UTC(2000, 0, 1 + n))) }),
      fc.record({ type: fc.constant("TERM_SHORTEN" as const), newTermTo: fc.integer({ min: 0, max: 25_000 }).map((n) => new Date(Date.UTC(2000, 0, 1 + n))) }),
    );
    fc.assert(fc.property(arbRules, arbAmount, arbTerm, fc.bigInt({ min: 0n, max: 10_000_000_000n }), arbEvent, (r, amount, term, paid, event) => {
      const { refund } = computeRefund(r, { amount, ...term }, paid, event);
      expect(refund >= 0n && refund <= paid).toBe(true);
    }), { numRuns: 400 });
  });
});
