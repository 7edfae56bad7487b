import { describe, expect, it } from "vitest";
import { parseDateInput } from "@/lib/domain/date-input";
import { compareYmd, formatWareki, todayInJapan } from "@/lib/domain/wareki";

describe("parseDateInput", () => {
  it.each([
    ["20221031", { year: 2022, month: 10, day: 31 }],
    ["2022/10/31", { year: 2022, month: 10, day: 31 }],
    ["2022-10-31", { year: 2022, month: 10, day: 31 }],
    ["2022/1/5", { year: 2022, month: 1, day: 5 }],
    ["２０２２１０３１", { year: 2022, month: 10, day: 31 }],
    ["20240229", { year: 2024, month: 2, day: 29 }],
  ])("%s is read", (raw, value) => {
    expect(parseDateInput(raw)).toEqual({ ok: true, value });
  });

  it.each([
    ["2022103", "format"],
    ["R4.10.31", "format"],
    ["令和4年10月31日", "format"],
    ["20230229", "not-a-date"],
    ["20221301", "not-a-date"],
    ["20221032", "not-a-date"],
  ])("%s is refused (%s)", (raw, problem) => {
    expect(parseDateInput(raw)).toEqual({ ok: false, problem });
  });

  it.each([
    ["20190430", "平成31年4月30日"],
    ["20190501", "令和元年5月1日"],
    ["20221031", "令和4年10月31日"],
  ])("%s is shown as %s (the era boundary)", (raw, wareki) => {
    const parsed = parseDateInput(raw);
    expect(parsed.ok && formatWareki(parsed.value)).toBe(wareki);
  });
});

describe("today in Japan", () => {
  it("is already the next day in Japan at 15:00 UTC", () => {
    expect(todayInJapan(new Date("2026-11-23T14:59:59Z"))).toEqual({ year: 2026, month: 11, day: 23 });
    expect(todayInJapan(new Date("2026-11-23T15:00:00Z"))).toEqual({ year: 2026, month: 11, day: 24 });
  });

  it("compares dates", () => {
    expect(compareYmd({ year: 2022, month: 10, day: 31 }, { year: 2022, month: 11, day: 1 })).toBeLessThan(0);
    expect(compareYmd({ year: 2022, month: 10, day: 31 }, { year: 2022, month: 10, day: 31 })).toBe(0);
  });
});
