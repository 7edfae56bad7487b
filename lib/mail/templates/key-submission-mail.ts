// 発注者へ提出: the contractor's mail to the ordering body with the key-notice PDF attached. The body
// names the guarantee; the 認証キー itself is in the attached notice (that is what the body files).
import { escapeHtml } from "./escape-html";

export type KeySubmissionMailInput = {
  orderingBodyName: string;
  companyName: string;
  contractNumber: string;
  productName: string;
  projectName: string;
  contactName: string | null;
  contactPhone: string | null;
  verifyUrl: string;
};

export function keySubmissionMail(input: KeySubmissionMailInput): { text: string; html: string } {
  const rows: [string, string][] = [
    ["保証契約番号", input.contractNumber],
    ["商品名", input.productName],
    ["工事名", input.projectName],
    ["請負契約者", input.companyName],
  ];
  const contact = [input.contactName, input.contactPhone].filter(Boolean).join("　");
  const paragraphs = [
    `${input.orderingBodyName} ご担当者様`,
    `${input.companyName}です。`,
    "下記の保証契約について、電子保証の「認証キー」のお知らせ（PDF）を添付にてお送りいたします。",
    "保証契約番号と認証キーにより、電子保証の内容をご確認くださいますようお願いいたします。",
  ];
  const text = [
    ...paragraphs.flatMap((p) => [p, ""]),
    ...rows.map(([label, value]) => `${label}: ${value}`),
    "",
    `電子保証の確認: ${input.verifyUrl}`,
    ...(contact ? ["", `お問い合わせ: ${input.companyName}　${contact}`] : []),
    "",
    "※ このメールはインターネット保証サービス Net Desk から送信しています。",
  ].join("\n");
  const html = [
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<table border="1" cellpadding="6" cellspacing="0">${rows.map(([l, v]) => `<tr><th align="left">${escapeHtml(l)}</th><td>${escapeHtml(v)}</td></tr>`).join("")}</table>`,
    `<p><a href="${escapeHtml(input.verifyUrl)}">電子保証の確認ページを開く</a></p>`,
    contact ? `<p>お問い合わせ: ${escapeHtml(input.companyName)}　${escapeHtml(contact)}</p>` : "",
    `<p style="color:#5b6776">※ このメールはインターネット保証サービス Net Desk から送信しています。</p>`,
  ].join("\n");
  return { text, html };
}
