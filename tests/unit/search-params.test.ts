import { describe, expect, it } from "vitest";
import { firstParam } from "@/lib/search-params";
import { pageFrom } from "@/lib/server/pagination";

describe("query parameters of list pages", () => {
  it("firstParam: the first value; absent or empty is undefined", () => {
    expect(firstParam("ACTIVE")).toBe("ACTIVE");
    expect(firstParam(["ACTIVE", "CANCELLED"])).toBe("ACTIVE");
    expect(firstParam("")).toBeUndefined();
    expect(firstParam([])).toBeUndefined();
    expect(firstParam(undefined)).toBeUndefined();
  });

  it("pageFrom: a page number from 1 to the last page a count reaches (1,000 ÷ 20), anything else is page 1", () => {
    expect(pageFrom("3")).toBe(3);
    expect(pageFrom("50")).toBe(50);
    expect(pageFrom(["2", "5"])).toBe(2);
    for (const odd of [undefined, "", "0", "-1", "1.5", "abc", "51", "10001", "1e3x"]) expect(pageFrom(odd), String(odd)).toBe(1);
  });
});
