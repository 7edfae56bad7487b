// 「電子保証（認証キー）発行完了のお知らせ」: sent when staff have issued an application's guarantees and
// the applicant asked for it (電子保証発行完了のお知らせ: 希望する). It names each 保証契約番号 and links to
// its 電子保証概要. It never contains the 認証キー: the contractor reads the key after signing in.
import { escapeHtml } from "./escape-html";
export type CompletionMailInput = {
  appUrl: string;
  companyName: string;
  projectName: string;
  orderingBody: string;
  branchName: string;
  guarantees: { id: string; contractNumber: string; productName: string; electronic: boolean }[];
};

export const COMPLETION_MAIL_SUBJECT = "【Net Desk】電子保証（認証キー）発行完了のお知らせ";


function summaryUrl(appUrl: string, guaranteeId: string): string {
  return `${appUrl.replace(/\/$/, "")}/netdesk/guarantees/${guaranteeId}`;
}

export function completionMail(input: CompletionMailInput): { subject: string; text: string; html: string } {
  const lines = input.guarantees.map(
    (g) => `・${g.productName}　保証契約番号 ${g.contractNumber}${g.electronic ? `\n  電子保証概要: ${summaryUrl(input.appUrl, g.id)}` : "（証書(紙)）"}`,
  );
  const text = [
    `${input.companyName} 様`,
    "",
    "いつもインターネット保証サービス Net Desk をご利用いただき、ありがとうございます。",
    "お申込みいただいた保証の発行手続きが完了しましたので、お知らせいたします。",
    "",
    `発注者名: ${input.orderingBody}`,
    `工事名: ${input.projectName}`,
    "",
    ...lines,
    "",
    "認証キーは、Net Desk にログインし「保証契約一覧」の「電子保証(認証キー)」タブから詳細を開いてご確認ください。",
    "「電子保証にかかる「認証キー」のお知らせ」（PDF）を印刷し、発注者へご提出ください。",
    "",
    "※このメールは送信専用です。ご不明な点は下記の支店までお問い合わせください。",
    `${input.branchName}`,
  ].join("\n");

  const items = input.guarantees
    .map((g) => {
      const link = g.electronic
        ? `<br><a href="${escapeHtml(summaryUrl(input.appUrl, g.id))}">電子保証概要を見る</a>`
        : "（証書(紙)）";
      return `<li>${escapeHtml(g.productName)}　保証契約番号 <strong>${escapeHtml(g.contractNumber)}</strong>${link}</li>`;
    })
    .join("");
  const html = `<!doctype html><html lang="ja"><body style="font-family:sans-serif;line-height:1.7">
<p>${escapeHtml(input.companyName)} 様</p>
<p>いつもインターネット保証サービス Net Desk をご利用いただき、ありがとうございます。<br>お申込みいただいた保証の発行手続きが完了しましたので、お知らせいたします。</p>
<table style="border-collapse:collapse"><tr><th style="text-align:left;padding-right:1em">発注者名</th><td>${escapeHtml(input.orderingBody)}</td></tr>
<tr><th style="text-align:left;padding-right:1em">工事名</th><td>${escapeHtml(input.projectName)}</td></tr></table>
<ul>${items}</ul>
<p>認証キーは、Net Desk にログインし「保証契約一覧」の「電子保証(認証キー)」タブから詳細を開いてご確認ください。<br>「電子保証にかかる「認証キー」のお知らせ」（PDF）を印刷し、発注者へご提出ください。</p>
<p style="color:#555">※このメールは送信専用です。ご不明な点は${escapeHtml(input.branchName)}までお問い合わせください。</p>
</body></html>`;
  return { subject: COMPLETION_MAIL_SUBJECT, text, html };
}
