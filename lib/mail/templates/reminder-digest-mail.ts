// 「保証申込のお勧め」 weekly digest: the reminders of a company that opted in (お客様情報), each with its link.
// It repeats what the top page shows; nothing confidential (no 認証キー).
import type { Reminder } from "@/lib/domain/reminders";
import { escapeHtml } from "./escape-html";

export const REMINDER_DIGEST_SUBJECT = "【Net Desk】保証申込のお勧め（今週のお手続き）";

export function reminderDigestMail(input: { appUrl: string; companyName: string; reminders: Reminder[] }): { subject: string; text: string; html: string } {
  const base = input.appUrl.replace(/\/$/, "");
  const text = [
    `${input.companyName} 様`,
    "",
    "いつもインターネット保証サービス Net Desk をご利用いただき、ありがとうございます。",
    `今週お勧めするお手続きが${input.reminders.length}件あります。`,
    "",
    ...input.reminders.flatMap((r) => [`・${r.title}`, `  ${r.detail}`, `  ${r.linkLabel}: ${base}${r.href}`, ""]),
    `すべてのお勧めは Net Desk の「保証申込のお勧め」でご確認いただけます: ${base}/netdesk/reminders`,
    `このメールが不要な場合は、お客様情報で配信を停止できます: ${base}/netdesk/profile`,
  ].join("\n");
  const items = input.reminders
    .map((r) => `<li><strong>${escapeHtml(r.title)}</strong><br>${escapeHtml(r.detail)}<br><a href="${escapeHtml(base + r.href)}">${escapeHtml(r.linkLabel)}</a></li>`)
    .join("");
  const html = `<!doctype html><html lang="ja"><body style="font-family:sans-serif;line-height:1.7">
<p>${escapeHtml(input.companyName)} 様</p>
<p>いつもインターネット保証サービス Net Desk をご利用いただき、ありがとうございます。<br>今週お勧めするお手続きが${input.reminders.length}件あります。</p>
<ul>${items}</ul>
<p><a href="${escapeHtml(`${base}/netdesk/reminders`)}">保証申込のお勧めを見る</a></p>
<p style="color:#555">このメールが不要な場合は、<a href="${escapeHtml(`${base}/netdesk/profile`)}">お客様情報</a>で配信を停止できます。</p>
</body></html>`;
  return { subject: REMINDER_DIGEST_SUBJECT, text, html };
}
