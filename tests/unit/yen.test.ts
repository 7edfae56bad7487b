import { describe, expect, it } from "vitest";
import { formatThousandYen, formatYen } from "@/lib/domain/yen";

describe("formatYen", () => {
  it("groups thousands and keeps amounts beyond 2^31 exact", () => {
    expect(formatYen(20_000_000n)).toBe("20,000,000円");
    expect(formatYen(98_765_432_109n)).toBe("98,765,432,109円");
    expect(formatYen(0)).toBe("0円");
    expect(formatYen(null)).toBe("");
    expect(formatThousandYen(48_500n)).toBe("48,500千円");
  });
});
