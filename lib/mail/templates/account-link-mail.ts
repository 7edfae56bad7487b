// The two account e-mails: the invitation (アカウント登録のご案内) and the password reset
// (パスワード再設定のご案内). Both carry one single-use link and say when it stops working.
import { formatDateTimeJst } from "@/lib/domain/wareki";
import { escapeHtml } from "./escape-html";

export type AccountLinkMailInput = {
  purpose: "INVITATION" | "PASSWORD_RESET";
  name: string;
  organisation: string | null; // 〇〇建設 株式会社, 長野支店 …
  url: string;
  expiresAt: Date;
};

const SIGNATURE = ["--", "Net Desk インターネット保証サービス", "このメールは送信専用です。ご返信いただいてもお答えできません。"];

function paragraphs(input: AccountLinkMailInput): { subject: string; lines: string[] } {
  const until = `${formatDateTimeJst(input.expiresAt)}（日本時間）`;
  const who = input.organisation ? `${input.organisation} ${input.name} 様` : `${input.name} 様`;
  if (input.purpose === "INVITATION") {
    return {
      subject: "【Net Desk】アカウント登録のご案内",
      lines: [
        who,
        "インターネット保証サービス Net Desk のアカウントが登録されました。",
        "次のリンクを開き、パスワードを設定してください。設定後、メールアドレスとパスワードでログインできます。",
        `有効期限: ${until}（一度だけ使えます）`,
      ],
    };
  }
  return {
    subject: "【Net Desk】パスワード再設定のご案内",
    lines: [
      who,
      "パスワード再設定のご依頼を受け付けました。次のリンクを開き、新しいパスワードを設定してください。",
      `有効期限: ${until}（一度だけ使えます）`,
      "お心当たりのない場合は、このメールを破棄してください。パスワードは変更されません。",
    ],
  };
}

export function accountLinkMail(input: AccountLinkMailInput): { subject: string; text: string; html: string } {
  const { subject, lines } = paragraphs(input);
  const text = [...lines.slice(0, 3), "", input.url, "", ...lines.slice(3), "", ...SIGNATURE].join("\n");
  const html = [
    `<div style="font-family:sans-serif;line-height:1.7">`,
    ...lines.slice(0, 3).map((l) => `<p>${escapeHtml(l)}</p>`),
    `<p><a href="${escapeHtml(input.url)}">${escapeHtml(input.url)}</a></p>`,
    ...lines.slice(3).map((l) => `<p>${escapeHtml(l)}</p>`),
    `<p style="color:#5b6776">${SIGNATURE.slice(1).map(escapeHtml).join("<br>")}</p>`,
    `</div>`,
  ].join("\n");
  return { subject, text, html };
}
