import { describe, expect, it } from "vitest";
import { normaliseEmail } from "@/lib/domain/email";

describe("normaliseEmail", () => {
  it.each([
    [" Contractor@Example.JP ", "contractor@example.jp"],
    ["ｃｏｎｔｒａｃｔｏｒ＠ｅｘａｍｐｌｅ．ｊｐ", "contractor@example.jp"],
  ])("%s → %s", (input, expected) => {
    expect(normaliseEmail(input)).toBe(expected);
  });
});
