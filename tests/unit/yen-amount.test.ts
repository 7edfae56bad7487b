import { describe, expect, it } from "vitest";
import { parseYenAmount, tidyYenInput } from "@/lib/domain/yen";

describe("parseYenAmount reads amounts as people type them", () => {
  it.each([
    ["20,000,000", 20_000_000n],
    ["２００００００", 2_000_000n],
    ["２０，０００，０００", 20_000_000n],
    ["20000000", 20_000_000n],
    [" 20000000円 ", 20_000_000n],
    ["1", 1n],
    ["999,999,999,999", 999_999_999_999n],
  ])("%s → %s", (raw, value) => {
    expect(parseYenAmount(raw)).toEqual({ ok: true, value });
  });

  it.each([
    ["-1", "negative"],
    ["－５００", "negative"],
    ["1.5", "decimal"],
    ["20000000.00", "decimal"],
    ["abc", "not-a-number"],
    ["2千万", "not-a-number"],
    ["2,00", "not-a-number"],
    ["20,0000", "not-a-number"],
    ["0", "zero"],
    ["1,000,000,000,000", "too-large"],
  ])("%s is refused (%s)", (raw, problem) => {
    expect(parseYenAmount(raw)).toEqual({ ok: false, problem });
  });

  it("tidies a readable amount with separators and leaves anything else as typed", () => {
    expect(tidyYenInput("２００００００")).toBe("2,000,000");
    expect(tidyYenInput("12a")).toBe("12a");
  });
});
