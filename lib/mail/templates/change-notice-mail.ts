// To an ordering body that verified an e-guarantee: it was amended or cancelled since. Names the
// number, the project and what changed; never the key (the body already holds it).
import { escapeHtml } from "./escape-html";
import { formatDateTimeJst } from "@/lib/domain/wareki";

export type ChangeNotice = {
  orderingBodyName: string;
  contractNumber: string;
  productName: string;
  contractorName: string;
  projectName: string;
  change: string; // 変更（増額）, 取消 …
  issuedAt: Date; // 電子保証発行日時 of the new version
  verifyUrl: string;
};


export function changeNoticeMail(notice: ChangeNotice): { subject: string; text: string; html: string } {
  const subject = `【Net Desk】確認済みの電子保証に${notice.change}がありました（${notice.contractNumber}）`;
  const lines: [string, string][] = [
    ["保証契約番号", notice.contractNumber],
    ["商品名", notice.productName],
    ["請負契約者", notice.contractorName],
    ["工事名", notice.projectName],
    ["対象", notice.change],
    ["電子保証発行日時", formatDateTimeJst(notice.issuedAt)],
  ];
  const text = [
    `${notice.orderingBodyName} ご担当者様`,
    "",
    "貴団体で確認済みの電子保証について、下記のとおり" + notice.change + "がありました。",
    "お手元の保証契約番号と認証キーで、最新の電子証書をご確認ください。",
    "",
    ...lines.map(([label, value]) => `${label}: ${value}`),
    "",
    `電子保証の確認: ${notice.verifyUrl}`,
    "",
    "※ このメールは送信専用です。Net Desk インターネット保証サービス",
  ].join("\n");
  const html = `<p>${escapeHtml(notice.orderingBodyName)} ご担当者様</p>
<p>貴団体で確認済みの電子保証について、下記のとおり${escapeHtml(notice.change)}がありました。<br>お手元の保証契約番号と認証キーで、最新の電子証書をご確認ください。</p>
<table border="1" cellpadding="6" cellspacing="0">${lines.map(([l, v]) => `<tr><th align="left">${escapeHtml(l)}</th><td>${escapeHtml(v)}</td></tr>`).join("")}</table>
<p><a href="${escapeHtml(notice.verifyUrl)}">電子保証の確認ページを開く</a></p>
<p style="color:#666">※ このメールは送信専用です。Net Desk インターネット保証サービス</p>`;
  return { subject, text, html };
}
