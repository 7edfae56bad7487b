import { describe, expect, it } from "vitest";
import { COMPLETION_MAIL_SUBJECT, completionMail } from "@/lib/mail/templates/completion-mail";

const input = {
  appUrl: "https://netdesk.example.jp/",
  companyName: "〇〇建設 株式会社",
  projectName: "令和○年度 県単河川維持工事 <第1工区>",
  orderingBody: "長野県△△建設事務所長",
  branchName: "長野支店",
  guarantees: [
    { id: "11111111-1111-4111-8111-111111111111", contractNumber: "37071-00000M", productName: "前払金保証", electronic: true },
    { id: "22222222-2222-4222-8222-222222222222", contractNumber: "37071-00001W", productName: "契約保証", electronic: false },
  ],
};

describe("電子保証（認証キー）発行完了のお知らせ", () => {
  it("names the company, 工事名 and each 保証契約番号, and links to each e-guarantee's 電子保証概要", () => {
    const mail = completionMail(input);
    expect(mail.subject).toBe(COMPLETION_MAIL_SUBJECT);
    expect(mail.subject).toContain("電子保証（認証キー）発行完了のお知らせ");
    for (const body of [mail.text, mail.html]) {
      expect(body).toContain("〇〇建設 株式会社 様");
      expect(body).toContain("37071-00000M");
      expect(body).toContain("37071-00001W");
      expect(body).toContain("https://netdesk.example.jp/netdesk/guarantees/11111111-1111-4111-8111-111111111111");
      expect(body).not.toContain("/netdesk/guarantees/22222222"); // paper: no e-guarantee summary
    }
    expect(mail.text).toContain("工事名: 令和○年度 県単河川維持工事 <第1工区>");
    expect(mail.html).toContain("&lt;第1工区&gt;");
    expect(mail.html).not.toContain("<第1工区>");
  });
});
