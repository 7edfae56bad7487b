// 前払金請求書: the contractor's invoice to the ordering body for the 前払金, on the body's own template
// (宛先 and the sentence above the amount, 発注者マスタ), with the 前払金専用口座 at the guarantee's
// 預託金融機関 as 振込先. Rendered like the key notice (pdf-canvas.ts, subset Japanese fonts).
import { rgb } from "pdf-lib";
import { formatWareki, type YMD } from "@/lib/domain/wareki";
import { formatYen } from "@/lib/domain/yen";
import { A4, createJapanesePdf } from "./japanese-pdf";
import { PdfCanvas } from "./pdf-canvas";

export type AdvanceInvoiceData = {
  addressee: string; // 宛先 (the body's template, or 「<発注者名>　様」)
  statement: string; // the sentence above the amount
  invoiceDate: YMD; // 請求日
  amount: bigint; // 請求金額 = the 前払金 (保証金額)
  productName: string; // 前払金 / 中間前払金
  projectName: string;
  projectLocation: string | null;
  contractDate: YMD | null;
  contractAmount: bigint;
  contractNumber: string; // 保証契約番号
  suretyName: string; // 保証事業会社
  bank: string; // 預託金融機関
  accountType: string;
  accountNumber: string;
  accountHolder: string;
  companyAddress: string; // 〒 and 住所
  companyName: string;
  representativeName: string;
};

export const DEFAULT_INVOICE_STATEMENT = "下記工事の請負契約に基づき、前払金を下記のとおり請求します。";

export function advanceInvoiceFileName(contractNumber: string): string {
  return `前払金請求書_${contractNumber}.pdf`;
}

const MUTED = rgb(0.36, 0.4, 0.46);

export async function buildAdvanceInvoicePdf(data: AdvanceInvoiceData): Promise<Uint8Array> {
  const { doc, fonts } = await createJapanesePdf({ title: `${data.productName}請求書（${data.contractNumber}）`, author: data.companyName });
  const c = new PdfCanvas(doc.addPage(A4), fonts, 56);
  c.textRight(formatWareki(data.invoiceDate), 10.5);
  c.gap(10);
  c.textCentered(`${data.productName}請求書`, 20, { font: "bold" });
  c.gap(14);
  c.text(data.addressee, 14, { font: "bold" });
  c.rule(0.8, rgb(0.1, 0.13, 0.18), 260);
  c.gap(12);
  c.textRight(data.companyAddress, 10);
  c.textRight(data.companyName, 11.5, { font: "bold" });
  c.textRight(data.representativeName, 10.5);
  c.gap(16);
  c.paragraph(data.statement, 10.5);
  c.gap(8);
  c.textCentered(`請求金額　${formatYen(data.amount)}`, 16, { font: "bold" });
  c.gap(8);
  c.textCentered("記", 11);
  c.gap(4);
  c.table(
    [
      ["工事名", data.projectName],
      ...(data.projectLocation ? ([["工事場所", data.projectLocation]] as [string, string][]) : []),
      ["契約日", data.contractDate ? formatWareki(data.contractDate) : ""],
      ["請負金額", formatYen(data.contractAmount)],
      [`${data.productName}額`, formatYen(data.amount)],
      ["保証契約番号", `${data.contractNumber}（${data.suretyName}）`],
    ],
    110,
    10.5,
  );
  c.gap(14);
  c.text("振込先（前払金専用口座）", 11.5, { font: "bold" });
  c.gap(4);
  c.table(
    [
      ["金融機関", data.bank],
      ["預金種別", data.accountType],
      ["口座番号", data.accountNumber],
      ["口座名義", data.accountHolder],
    ],
    110,
    10.5,
  );
  c.gap(10);
  c.paragraph("前払金は、前払金保証を受けた当該工事の前払金専用口座へお振込みください。この口座からの払出しは、保証会社が承認した前払金使途内訳明細書のとおりに限られます。", 9, undefined, MUTED);
  return doc.save({ useObjectStreams: true });
}
