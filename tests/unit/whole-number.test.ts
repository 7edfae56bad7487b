import { describe, expect, it } from "vitest";
import { parseCount } from "@/lib/domain/whole-number";

describe("parseCount (入札回数, 入札参加者数, 失格者数)", () => {
  it.each([["0", 0], ["3", 3], ["１２", 12], ["5社", 5], ["2回", 2]])("%s → %s", (raw, value) => {
    expect(parseCount(raw)).toEqual({ ok: true, value });
  });
  it.each([["-1", "negative"], ["1.5", "decimal"], ["three", "not-a-number"], ["100000", "too-large"]])("%s refused (%s)", (raw, problem) => {
    expect(parseCount(raw)).toEqual({ ok: false, problem });
  });
});
