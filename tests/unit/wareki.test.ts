import { describe, expect, it } from "vitest";
import { formatDateBoth, formatDateTimeJst, formatDateTimeWareki, formatWareki } from "@/lib/domain/wareki";

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe("formatWareki", () => {
  it.each([
    ["2022-10-31", "令和4年10月31日"],
    ["2019-04-30", "平成31年4月30日"],
    ["2019-05-01", "令和元年5月1日"],
    ["2020-01-01", "令和2年1月1日"],
    ["1989-01-07", "昭和64年1月7日"],
    ["1989-01-08", "平成元年1月8日"],
    ["1926-12-24", "大正15年12月24日"],
    ["1926-12-25", "昭和元年12月25日"],
  ])("%s → %s", (date, expected) => {
    expect(formatWareki(d(date))).toBe(expected);
  });

  it("shows both calendars", () => {
    expect(formatDateBoth(d("2022-10-31"))).toBe("2022/10/31（令和4年10月31日）");
  });
});

describe("instants in JST", () => {
  it("shifts UTC to Japan time, across the date line", () => {
    const instant = new Date("2022-11-01T06:00:00Z");
    expect(formatDateTimeJst(instant)).toBe("2022/11/01 15:00");
    expect(formatDateTimeWareki(instant)).toBe("令和4年11月1日 15時00分");
    expect(formatDateTimeJst(new Date("2019-04-30T15:00:00Z"))).toBe("2019/05/01 00:00");
    expect(formatDateTimeWareki(new Date("2019-04-30T15:00:00Z"))).toBe("令和元年5月1日 0時00分");
  });
});
