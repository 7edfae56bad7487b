import { describe, expect, it } from "vitest";
import { ZCompanyProfile } from "@/lib/schemas/account";
import { ZOrderingBody } from "@/lib/schemas/master-data";

const company = { name: "〇〇建設 株式会社", representativeName: "山田 一郎", postalCode: "380-8537", address: "長野市", phone: "026-000-1111", email: "a@example.jp" };

describe("account and master-data schemas", () => {
  it("fold what a Japanese keyboard types: full-width digits, hyphens, ＠ and capitals", () => {
    const parsed = ZCompanyProfile.parse({ ...company, postalCode: "３８０－８５３７", phone: "０２６－０００－１１１１", email: "Ｓｏｕｍｕ＠Example.JP", contactName: "  " });
    expect(parsed).toMatchObject({ postalCode: "380-8537", phone: "026-000-1111", email: "soumu@example.jp", contactName: null });
    expect(ZCompanyProfile.parse({ ...company, postalCode: "3808537" }).postalCode).toBe("380-8537");
  });

  it("give one Japanese message per field", () => {
    const result = ZCompanyProfile.safeParse({ ...company, name: "", email: "no" });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((i) => [String(i.path[0]), i.message]));
    expect(messages).toMatchObject({ name: "会社名を入力してください。", email: expect.stringContaining("形式が正しくありません") });
  });

  it("read checkboxes and ratios of the ordering-body form", () => {
    const parsed = ZOrderingBody.parse({
      name: "佐久市", prefecture: "長野県", eGuaranteeEnabled: "on",
      advanceLimitNumerator: "４", advanceLimitDenominator: "10", contractMinNumerator: "1", contractMinDenominator: "10",
    });
    expect(parsed).toMatchObject({ eGuaranteeEnabled: true, active: false, advanceLimitNumerator: 4, keySubmissionEmail: null });
  });
});
