import { describe, expect, it } from "vitest";
import { ZApplicationDraft, makeZApplicationSubmit, type TApplicationFormValues } from "@/lib/schemas/application";
import { fieldErrorsOf } from "@/lib/schemas/parse-input";
import type { ApplicationRuleContext } from "@/lib/schemas/application-rules";
import { flyerApplication } from "../support/flyer-application";

const SAKU = "11111111-1111-4111-8111-111111111111";
const VILLAGE = "22222222-2222-4222-8222-222222222222"; // 〇〇村: not e-guarantee enabled
const STRICT = "33333333-3333-4333-8333-333333333333"; // a body with 3/10 and 3/10 limits
const NAGANO = "44444444-4444-4444-8444-444444444444";

const rules: ApplicationRuleContext = {
  orderingBodies: [
    { id: SAKU, name: "佐久市", eGuaranteeEnabled: true, advanceLimit: { numerator: 4, denominator: 10 }, contractMinimum: { numerator: 1, denominator: 10 } },
    { id: VILLAGE, name: "〇〇村", eGuaranteeEnabled: false, advanceLimit: { numerator: 4, denominator: 10 }, contractMinimum: { numerator: 1, denominator: 10 } },
    { id: STRICT, name: "低入札の発注者", eGuaranteeEnabled: true, advanceLimit: { numerator: 2, denominator: 10 }, contractMinimum: { numerator: 3, denominator: 10 } },
  ],
  branchIds: [NAGANO],
  today: { year: 2026, month: 11, day: 23 },
};
const submit = makeZApplicationSubmit(rules);
const valid = () => flyerApplication({ orderingBodyId: SAKU, branchId: NAGANO });
const errorsOf = (values: TApplicationFormValues) => {
  const parsed = submit.safeParse(values);
  return parsed.success ? {} : fieldErrorsOf(parsed.error).fieldErrors;
};

describe("the flyer's application", () => {
  it("is valid, and reads amounts, dates and choices", () => {
    const parsed = submit.parse(valid());
    expect(parsed).toMatchObject({
      contractAmount: 50_000_000n,
      advanceAmount: 20_000_000n,
      contractGuaranteeAmount: 5_000_000n,
      awardDate: { year: 2022, month: 10, day: 31 },
      advanceForm: "ELECTRONIC",
      redeposit: false,
      completionMailWanted: true,
    });
  });
});

describe("rules of a sent application", () => {
  it.each<[string, Partial<TApplicationFormValues>, Record<string, string>]>([
    ["no guarantee applied for", { advanceRequested: false, contractGuaranteeRequested: false }, { advanceRequested: "前払金保証・契約保証のうち、少なくとも一つを申し込んでください。" }],
    ["a guarantee without its certificate format", { advanceForm: "" }, { advanceForm: "前払金保証の保証証書の形式についてを選択してください。" }],
    ["電子保証 for 〇〇村", { orderingBodyId: VILLAGE }, {
      advanceForm: "〇〇村は電子保証に対応していません。保証証書の形式は「証書(紙)」を選択してください。",
      contractForm: "〇〇村は電子保証に対応していません。保証証書の形式は「証書(紙)」を選択してください。",
    }],
    ["前払金 one yen over 4/10", { advanceAmount: "20,000,001" }, { advanceAmount: "前払金保証金額は請負金額の4/10（20,000,000円）以内で入力してください。" }],
    ["前払金 over 4/10 of 今年度対象額", { advanceFiscalYearAmount: "30,000,000", advanceAmount: "12,000,001" }, { advanceAmount: "前払金保証金額は今年度対象額の4/10（12,000,000円）以内で入力してください。" }],
    ["今年度対象額 over 請負金額", { advanceFiscalYearAmount: "50,000,001" }, { advanceFiscalYearAmount: "今年度対象額は請負金額以下で入力してください。" }],
    ["契約保証 one yen under 1/10", { contractGuaranteeAmount: "4,999,999" }, { contractGuaranteeAmount: "契約保証金額は請負金額の1/10（5,000,000円）以上で入力してください。" }],
    ["契約保証 over 請負金額", { contractGuaranteeAmount: "50,000,001" }, { contractGuaranteeAmount: "契約保証金額は請負金額以下で入力してください。" }],
    ["limits read from the ordering body", { orderingBodyId: STRICT, advanceAmount: "10,000,001", contractGuaranteeAmount: "15,000,000" }, { advanceAmount: "前払金保証金額は請負金額の2/10（10,000,000円）以内で入力してください。" }],
    ["工期 end not after start", { periodTo: "2022/11/01" }, { periodTo: "完成日は着工日より後の日付を入力してください。" }],
    ["落札日 in the future", { awardDate: "20261124" }, { awardDate: "落札日に未来の日付は入力できません。" }],
    ["受取希望日 in the past", { receiveDesiredDate: "20261122" }, { receiveDesiredDate: "受取希望日に過去の日付は入力できません。" }],
    ["来店予定日 in the past, no time", { receiveMethod: "COUNTER", visitDate: "20261122" }, { visitDate: "来店予定日に過去の日付は入力できません。", visitHour: "来店予定時刻を選択してください。" }],
    ["失格者数 over 入札参加者数", { bidderCount: "3", disqualifiedCount: "4" }, { disqualifiedCount: "失格者数は入札参加者数以下で入力してください。" }],
    ["no メールアドレス", { notificationEmail: "" }, { notificationEmail: "メールアドレスを入力してください。" }],
    ["a bad メールアドレス", { notificationEmail: "soumu@" }, { notificationEmail: "メールアドレスの形式が正しくありません（例: soumu@example.jp）。" }],
    ["a bad 〒", { shipToPostalCode: "380-853" }, { shipToPostalCode: "〒は「380-8537」の形式で入力してください。" }],
    ["a bad phone", { contactPhone: "12345" }, { contactPhone: "連絡先電話番号は「026-226-7520」のような電話番号の形式で入力してください。" }],
    ["半角 that cannot be 全角", { depositBank: "Café銀行" }, { depositBank: "預託金融機関(全角)に全角にできない文字（C a f é）が含まれています。全角の文字で入力してください。" }],
    ["a negative amount", { contractAmount: "-50000000" }, { contractAmount: "請負金額にマイナスの金額は入力できません。" }],
    ["a decimal amount", { advanceAmount: "100.5" }, { advanceAmount: "前払金保証金額は1円単位の整数で入力してください（小数は入力できません）。" }],
    ["letters for an amount", { contractGuaranteeAmount: "五百万" }, { contractGuaranteeAmount: "契約保証金額は数字で入力してください（例: 20,000,000）。" }],
    ["an unknown ordering body", { orderingBodyId: "55555555-5555-4555-8555-555555555555" }, { orderingBodyId: "発注者名は、登録されている発注者の一覧から選択してください。" }],
    ["an unknown branch", { branchId: "55555555-5555-4555-8555-555555555555" }, { branchId: "申込送信先は一覧から選択してください。" }],
  ])("%s", (_case, change, expected) => {
    expect(errorsOf({ ...valid(), ...change })).toEqual(expected);
  });

  it("reads a radio group with nothing checked (null from the browser) as not chosen", () => {
    expect(errorsOf({ ...valid(), intermediateAdvance: null, intermediateAdvancePlanned: null })).toEqual({});
    expect(errorsOf({ ...valid(), orderType: null })).toEqual({ orderType: "受注区分を選択してください。" });
  });

  it("accepts the boundaries: exactly 4/10, exactly 1/10, 落札日 today, 受取希望日 today", () => {
    expect(errorsOf({ ...valid(), advanceAmount: "20000000", contractGuaranteeAmount: "5000000", awardDate: "20261123", receiveDesiredDate: "2026/11/23" })).toEqual({});
  });

  it("reports format errors and missing fields together, so the user sees every problem at once", () => {
    const errors = errorsOf({ ...valid(), contractAmount: "abc", projectName: "" });
    expect(errors).toEqual({ contractAmount: "請負金額は数字で入力してください（例: 20,000,000）。", projectName: "工事名を入力してください。" });
  });

  it("requires 送付先 only for 送付, and only the fields of a guarantee applied for", () => {
    expect(errorsOf({ ...valid(), shipToName: "", shipToAddress: "" })).toEqual({ shipToName: "宛名を入力してください。", shipToAddress: "住所を入力してください。" });
    expect(errorsOf({ ...valid(), receiveMethod: "COUNTER", visitDate: "20261201", visitHour: "10", shipToName: "" })).toEqual({});
    expect(errorsOf({ ...valid(), contractGuaranteeRequested: false, contractGuaranteeAmount: "", contractForm: "" })).toEqual({});
  });
});

describe("一時保存 (draft)", () => {
  it("accepts an almost empty form", () => {
    expect(ZApplicationDraft.safeParse({ ...valid(), ...Object.fromEntries(Object.keys(valid()).map((k) => [k, ""])), advanceRequested: false, contractGuaranteeRequested: false }).success).toBe(true);
  });

  it("still refuses what cannot be read", () => {
    const parsed = ZApplicationDraft.safeParse({ ...valid(), contractAmount: "1.5" });
    expect(parsed.success).toBe(false);
  });

  it("refuses a payload that is not a form, in Japanese, without throwing", () => {
    for (const payload of [null, 42, "x", [], { contractAmount: 5 }]) {
      const parsed = submit.safeParse(payload);
      expect(parsed.success).toBe(false);
      if (!parsed.success) expect(parsed.error.issues[0]?.message).toMatch(/[ぁ-んァ-ン一-龥]/);
    }
  });
});
