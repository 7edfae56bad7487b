import { describe, expect, it } from "vitest";
import { isPhoneNumber } from "@/lib/domain/phone-number";
import { isPostalCode, tidyPostalCodeInput } from "@/lib/domain/postal-code";

describe("〒", () => {
  it.each([
    ["3808537", "380-8537"],
    ["３８０８５３７", "380-8537"],
    ["380-8537", "380-8537"],
    ["〒380ー8537", "380-8537"],
    ["380853", "380853"],
  ])("%s → %s", (raw, tidy) => {
    expect(tidyPostalCodeInput(raw)).toBe(tidy);
  });

  it.each([["380-8537", true], ["380853", false], ["38-08537", false], ["380-85371", false]])("%s valid: %s", (code, ok) => {
    expect(isPostalCode(code)).toBe(ok);
  });
});

describe("telephone numbers in Japanese formats", () => {
  it.each([
    ["026-226-7520", true],
    ["0262267520", true],
    ["03-1234-5678", true],
    ["03(1234)5678", true],
    ["090-1234-5678", true],
    ["09012345678", true],
    ["050-1234-5678", true],
    ["0120-123-456", true],
    ["0570-000-123", true],
    ["０２６－２２６－７５２０", true],
    ["026-226-752", false], // 9 digits
    ["090-1234-567", false], // a mobile needs 11 digits
    ["026-226-75201", false], // a landline has 10
    ["26-226-7520", false], // no leading 0
    ["026--226-7520", false],
    ["tel 026 226 7520", false],
  ])("%s → %s", (raw, ok) => {
    expect(isPhoneNumber(raw)).toBe(ok);
  });
});
