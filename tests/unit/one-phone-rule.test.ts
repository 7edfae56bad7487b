// One telephone rule (lib/domain/phone-number.ts) for every schema that takes a number: お客様情報,
// 請負者の登録, 支店 and the application's 連絡先電話番号. A number one of them accepts, the others accept.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { BRANCHES, COMPANIES } from "@/lib/db/seed-demo";
import { flyerApplicationData } from "@/lib/db/seed-demo-application";
import { isPhoneNumber } from "@/lib/domain/phone-number";
import { ZCompanyProfile, ZRegisterContractor } from "@/lib/schemas/account";
import { applicationFieldSchemas } from "@/lib/schemas/application";
import { ZBranch } from "@/lib/schemas/master-data";

const company = { name: "〇〇建設 株式会社", representativeName: "山田 一郎", postalCode: "380-8537", address: "長野市", phone: "026-000-1111", email: "a@example.jp" };
const ZContactPhone = z.object({ contactPhone: applicationFieldSchemas.contactPhone });
const branch = { name: "松本支店", officeCode: "37099", postalCode: "390-0811", address: "長野県松本市中央1-1-1", phone: "0263-00-0000", email: "matsumoto@example.jp", active: "on" };

/** Whether each schema that takes a telephone number accepts `number`, and the message when it does not. */
function everySchema(number: string) {
  const errorOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }, field: string) =>
    result.success ? null : (result.error!.issues.find((i) => i.path[0] === field)?.message ?? null);
  return {
    "お客様情報 電話番号": errorOf(ZCompanyProfile.safeParse({ ...company, phone: number }), "phone"),
    "お客様情報 連絡先電話番号": errorOf(ZCompanyProfile.safeParse({ ...company, contactPhone: number }), "contactPhone"),
    "請負者の登録 電話番号": errorOf(ZRegisterContractor.safeParse({ ...company, userName: "山田 一郎", userEmail: "y@example.jp", phone: number }), "phone"),
    "支店 電話番号": errorOf(ZBranch.safeParse({ ...branch, phone: number }), "phone"),
    "申込 連絡先電話番号": errorOf(ZContactPhone.safeParse({ contactPhone: number }), "contactPhone"),
  };
}

describe("one telephone rule", () => {
  it.each(["0-1-123", "0-12-3456", "0123", "026-226-752", "090-1234-567", "12345", "026--226-7520"])("%s is refused everywhere", (number) => {
    expect(isPhoneNumber(number)).toBe(false);
    for (const [where, message] of Object.entries(everySchema(number))) expect(message, where).not.toBeNull();
  });

  it("お客様情報 refuses 0-1-123 with the application's message", () => {
    expect(everySchema("0-1-123")).toMatchObject({
      "お客様情報 電話番号": "電話番号は「026-226-7520」のような電話番号の形式で入力してください。",
      "お客様情報 連絡先電話番号": "連絡先電話番号は「026-226-7520」のような電話番号の形式で入力してください。",
      "支店 電話番号": "電話番号は「026-226-7520」のような電話番号の形式で入力してください。",
    });
  });

  it.each(["026-226-7520", "0262267520", "03(1234)5678", "090-1234-5678", "0120-123-456", "０２６－２２６－７５２０", "026ー226ー7520"])("%s is accepted everywhere", (number) => {
    expect(isPhoneNumber(number)).toBe(true);
    expect(Object.values(everySchema(number)).every((message) => message === null)).toBe(true);
  });

  it("stores the number as the application does: half-width, one kind of hyphen", () => {
    expect(ZCompanyProfile.parse({ ...company, phone: " ０２６ー２２６ー７５２０ " }).phone).toBe("026-226-7520");
    expect(applicationFieldSchemas.contactPhone.parse(" ０２６ー２２６ー７５２０ ")).toBe("026-226-7520");
  });

  it("every number the demo seed uses passes, so a company's number copied into an application is accepted", () => {
    const numbers = [...BRANCHES.map((b) => b.phone), ...COMPANIES.flatMap((c) => [c.phone, c.contactPhone])];
    expect(numbers.length).toBeGreaterThan(5);
    for (const number of numbers) expect(isPhoneNumber(number), number).toBe(true);
    for (const c of COMPANIES) {
      expect(ZCompanyProfile.safeParse(c).success, c.name).toBe(true);
      const copied = flyerApplicationData({ company: { ...c, id: "c" } as never, contractor: { id: "u" }, orderingBody: { id: "o" }, branch: { id: "b" } }).contactPhone;
      expect(applicationFieldSchemas.contactPhone.safeParse(copied).success, c.name).toBe(true);
    }
    for (const b of BRANCHES) expect(ZBranch.safeParse({ ...b, active: "on" }).success, b.name).toBe(true);
  });
});
