// To the contractor who sent a 預託金払出依頼書: the bank paid a line (払出済, with date and amount) or returned
// it (差戻し, with the reason). Names the guarantee, the request and the line; links to the request page.
import { escapeHtml } from "./escape-html";
import { formatDateBoth } from "@/lib/domain/wareki";
import { formatYen } from "@/lib/domain/yen";

export type PayoutNotice = {
  appUrl: string;
  companyName: string;
  bankName: string;
  contractNumber: string;
  projectName: string;
  requestTitle: string; // 払出依頼 No.3
  requestId: string;
  itemLabel: string; // No.1 材料費（株式会社 信濃生コン）
  requested: bigint;
  outcome: { kind: "PAID"; paidOn: Date; paidAmount: bigint } | { kind: "RETURNED"; reason: string };
};

export function payoutNoticeMail(notice: PayoutNotice): { subject: string; text: string; html: string } {
  const paid = notice.outcome.kind === "PAID";
  const subject = `【Net Desk】預託金の${paid ? "払出が完了しました" : "払出依頼が差し戻されました"}（${notice.contractNumber} ${notice.requestTitle}）`;
  const rows: [string, string][] = [
    ["保証契約番号", notice.contractNumber],
    ["工事名", notice.projectName],
    ["払出依頼", notice.requestTitle],
    ["明細書の行", notice.itemLabel],
    ["依頼額", formatYen(notice.requested)],
    ...(notice.outcome.kind === "PAID"
      ? ([["払出日", formatDateBoth(notice.outcome.paidOn)], ["払出額", formatYen(notice.outcome.paidAmount)]] as [string, string][])
      : ([["差戻しの理由", notice.outcome.reason]] as [string, string][])),
  ];
  const url = `${notice.appUrl.replace(/\/$/, "")}/netdesk/payout-requests/${notice.requestId}`;
  const lead = paid
    ? `${notice.bankName}より、下記の払出が完了した旨の報告がありました。`
    : `${notice.bankName}より、下記の払出依頼が差し戻されました。理由をご確認のうえ、必要であれば改めて依頼してください。差戻しの金額は残額に戻っています。`;
  const text = [`${notice.companyName} ご担当者様`, "", lead, "", ...rows.map(([l, v]) => `${l}: ${v}`), "", `払出依頼書: ${url}`, "", "※ このメールは送信専用です。Net Desk インターネット保証サービス"].join("\n");
  const html = `<p>${escapeHtml(notice.companyName)} ご担当者様</p>
<p>${escapeHtml(lead)}</p>
<table border="1" cellpadding="6" cellspacing="0">${rows.map(([l, v]) => `<tr><th align="left">${escapeHtml(l)}</th><td>${escapeHtml(v)}</td></tr>`).join("")}</table>
<p><a href="${escapeHtml(url)}">払出依頼書を開く</a></p>
<p style="color:#666">※ このメールは送信専用です。Net Desk インターネット保証サービス</p>`;
  return { subject, text, html };
}
