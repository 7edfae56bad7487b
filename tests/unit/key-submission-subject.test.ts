import { describe, expect, it } from "vitest";
import { DEFAULT_KEY_SUBMISSION_SUBJECT, keySubmissionSubject } from "@/lib/domain/key-submission-subject";

const values = { productName: "前払金保証", projectName: "令和○年度 県単河川維持工事", contractNumber: "37071-00000M" };

describe("keySubmissionSubject", () => {
  it("fills Mishima's wording (the default) with the kind and the 工事名", () => {
    expect(keySubmissionSubject(null, values)).toBe("前払金保証にかかる認証キー【令和○年度 県単河川維持工事】の提出について");
    expect(keySubmissionSubject(DEFAULT_KEY_SUBMISSION_SUBJECT, { ...values, productName: "契約保証" })).toBe(
      "契約保証にかかる認証キー【令和○年度 県単河川維持工事】の提出について",
    );
  });

  it("fills a body's own placeholders and keeps the subject on one line", () => {
    expect(keySubmissionSubject("【電子保証】{保証契約番号} {商品名}（{工事名}）\n", values)).toBe(
      "【電子保証】37071-00000M 前払金保証（令和○年度 県単河川維持工事）",
    );
    expect(keySubmissionSubject("   ", values)).toBe(keySubmissionSubject(null, values));
  });
});
