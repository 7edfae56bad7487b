import { describe, expect, it } from "vitest";
import { searchText } from "@/lib/domain/search-text";

describe("searchText", () => {
  it.each([
    ["  河川維持  ", "河川維持"],
    ["ＡＢＣ建設", "ABC建設"],
    ["舗装率100%", "舗装率100\\%"],
    ["a_b\\c", "a\\_b\\\\c"],
    ["\u0000〇〇\u0000", "〇〇"],
  ])("%j → %j", (input, expected) => {
    expect(searchText(input)).toBe(expected);
  });

  it("gives nothing to search for when there is no text", () => {
    expect(searchText("   ")).toBeUndefined();
    expect(searchText("\u0000")).toBeUndefined();
    expect(searchText(["a"])).toBeUndefined();
    expect(searchText("x".repeat(500))).toHaveLength(100);
  });
});
