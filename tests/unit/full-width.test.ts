import { describe, expect, it } from "vitest";
import { nonFullWidthChars, toFullWidth } from "@/lib/domain/full-width";

describe("toFullWidth converts each half-width character class", () => {
  it.each([
    ["letters", "ABCxyz", "ＡＢＣｘｙｚ"],
    ["digits", "0123456789", "０１２３４５６７８９"],
    ["symbols", "()-.&/", "（）－．＆／"],
    ["space", "〇〇銀行 ××支店", "〇〇銀行　××支店"],
    ["katakana", "ｷﾞﾝｺｳ", "ギンコウ"],
    ["katakana with handakuten", "ﾊﾟﾋﾟﾌﾟ", "パピプ"],
    ["kana punctuation", "ｰ｡｢｣", "ー。「」"],
    ["already full-width text stays", "〇〇銀行　××支店", "〇〇銀行　××支店"],
    ["mixed", "ABC銀行 ｼﾝｼﾞｭｸ支店1", "ＡＢＣ銀行　シンジュク支店１"],
  ])("%s: %s → %s", (_class, input, expected) => {
    expect(toFullWidth(input)).toBe(expected);
    expect(nonFullWidthChars(toFullWidth(input))).toEqual([]);
  });

  it("gives the same result when typed one key at a time (as the form converts it)", () => {
    const typed = [..."ABC銀行 ｼﾝｼﾞｭｸ支店 ﾊﾟ"].reduce((text, key) => toFullWidth(text + key), "");
    expect(typed).toBe("ＡＢＣ銀行　シンジュク支店　パ");
    expect(toFullWidth("ﾞ")).toBe("゛");
  });

  it.each([
    ["an accented letter", "Café", ["é"]],
    ["an emoji", "銀行🏦", ["🏦"]],
    ["a tab", "銀行\t支店", ["\t"]],
  ])("refuses what cannot be full-width: %s", (_what, input, bad) => {
    expect(nonFullWidthChars(toFullWidth(input))).toEqual(bad);
  });
});
