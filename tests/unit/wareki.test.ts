import { describe, expect, it } from "vitest";
import { formatDateBoth, formatDateTimeJst, formatDateTimeWareki, formatWareki } from "@/lib/domain/wareki";

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe("formatWareki", () => {
  // Every era boundary: the last day of one era and the first day (元年) of the next.
  it.each([
    ["2022-10-31", "令和4年10月31日"],
    ["2019-04-30", "平成31年4月30日"],
    ["2019-05-01", "令和元年5月1日"],
    ["2019-12-31", "令和元年12月31日"],
    ["2020-01-01", "令和2年1月1日"],
    ["1989-01-07", "昭和64年1月7日"],
    ["1989-01-08", "平成元年1月8日"],
    ["1989-12-31", "平成元年12月31日"],
    ["1990-01-01", "平成2年1月1日"],
    ["1926-12-24", "大正15年12月24日"],
    ["1926-12-25", "昭和元年12月25日"],
    ["1927-01-01", "昭和2年1月1日"],
    ["1912-07-29", "明治45年7月29日"],
    ["1912-07-30", "大正元年7月30日"],
    ["1913-01-01", "大正2年1月1日"],
    ["1900-01-01", "明治33年1月1日"],
    ["1873-01-01", "明治6年1月1日"],
  ])("%s → %s", (date, expected) => {
    expect(formatWareki(d(date))).toBe(expected);
  });

  it("shows a date before the Gregorian calendar (1873-01-01) in 西暦 only", () => {
    expect(formatWareki(d("1872-12-31"))).toBe("1872年12月31日");
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
