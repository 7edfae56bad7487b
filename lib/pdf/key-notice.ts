// 「電子保証にかかる「認証キー」のお知らせ」: the A4 notice a contractor gives the ordering body,
// with the 保証契約番号, the 認証キー set large in a face that tells 0/O and 1/l/I apart, and
// how to check it (the verification page's address and a QR code that fills both fields in).
import { rgb } from "pdf-lib";
import { formatDateTimeJst, formatDateTimeWareki, formatWareki, jstParts } from "@/lib/domain/wareki";
import { formatYen } from "@/lib/domain/yen";
import { A4, createJapanesePdf } from "./japanese-pdf";
import { PdfCanvas } from "./pdf-canvas";
import { drawQrCode } from "./qr";

export type KeyNoticeData = {
  orderingBodyName: string; // 発注者名 (addressee)
  contractorName: string; // 請負契約者
  jvName: string | null;
  contractNumber: string; // 保証契約番号
  productName: string; // 商品名: 前払金保証 / 契約保証 / 中間前払金保証
  projectName: string; // 工事名
  contractAmount: bigint; // 請負金額
  guaranteeAmount: bigint; // 保証金額
  depositBank: string | null; // 預託金融機関 (advance-payment guarantees only)
  issuedAt: Date; // 電子保証発行日時
  authKey: string;
  suretyName: string; // 保証会社・支店
  verifyPageUrl: string; // this portal's /verify
  createdAt: Date;
};

/** The verification address with both values in the fragment, which browsers never send to servers. */
export function verifyLinkWithFragment(verifyPageUrl: string, contractNumber: string, authKey: string): string {
  const fragment = new URLSearchParams({ contractNumber, authKey }).toString();
  return `${verifyPageUrl}#${fragment}`;
}

export function keyNoticeFileName(contractNumber: string): string {
  return `認証キーのお知らせ_${contractNumber}.pdf`;
}

const INK = rgb(0.1, 0.13, 0.18);
const MUTED = rgb(0.36, 0.4, 0.46);
const LINE = rgb(0.6, 0.65, 0.7);
const BRAND = rgb(0.04, 0.31, 0.54);

export async function buildKeyNoticePdf(data: KeyNoticeData): Promise<Uint8Array> {
  const { doc, fonts } = await createJapanesePdf({
    title: `電子保証にかかる「認証キー」のお知らせ（${data.contractNumber}）`,
    author: data.contractorName,
    createdAt: data.createdAt,
  });

  const c = new PdfCanvas(doc.addPage(A4), fonts, 48);

  c.textRight(`作成日　${formatWareki(jstParts(data.createdAt))}`, 10, { color: MUTED });
  c.gap(8);
  c.text(`${data.orderingBodyName}　様`, 15, { font: "bold" });
  c.rule(0.8, INK, 260);
  c.gap(10);
  c.textRight(data.jvName ? `${data.jvName}` : data.contractorName, 11);
  if (data.jvName) c.textRight(`（代表者）${data.contractorName}`, 10, { color: MUTED });
  c.gap(14);
  c.textCentered("電子保証にかかる「認証キー」のお知らせ", 18, { font: "bold" });
  c.gap(10);
  c.paragraph(
    "下記の保証契約について、電子保証の認証キーをお知らせいたします。保証契約番号と認証キーにより、電子保証（電子証書）の内容をご確認ください。",
    10.5,
  );
  c.gap(6);
  c.textCentered("記", 11);
  c.gap(4);

  const rows: [string, string][] = [
    ["保証契約番号", data.contractNumber],
    ["商品名", data.productName],
    ["工事名", data.projectName],
    ["請負契約者", data.jvName ? `${data.jvName}（代表者 ${data.contractorName}）` : data.contractorName],
    ["請負金額", formatYen(data.contractAmount)],
    ["保証金額", formatYen(data.guaranteeAmount)],
  ];
  if (data.depositBank) rows.push(["預託金融機関", data.depositBank]);
  rows.push(["電子保証発行日時", `${formatDateTimeWareki(data.issuedAt)}（${formatDateTimeJst(data.issuedAt)}）`]);
  c.table(rows, 118, 10.5);

  c.gap(14);
  c.keyBox("認証キー", data.authKey, "英字の大文字・小文字を区別します。見分けにくい文字は次のとおりです。", [
    ["0", "数字のゼロ"],
    ["O", "英大文字のオー"],
    ["1", "数字のイチ"],
    ["l", "英小文字のエル"],
    ["I", "英大文字のアイ"],
  ]);

  c.gap(16);
  c.text("電子保証の確認方法", 12, { font: "bold", color: BRAND });
  c.gap(6);
  const qrSize = 104;
  const qrTop = c.y;
  const textWidth = c.contentWidth - qrSize - 20;
  c.paragraph("1. 下記の確認ページを開いてください。", 10, textWidth);
  c.text(data.verifyPageUrl, 10.5, { font: "bold", color: BRAND });
  c.gap(4);
  c.paragraph("2. 保証契約番号と認証キーを入力し、「照会する」を押すと、電子証書が表示されます。", 10, textWidth);
  c.gap(4);
  c.paragraph("右のQRコードを読み取ると、保証契約番号と認証キーが入力された状態で確認ページが開きます。", 9.5, textWidth, MUTED);
  drawQrCode(c.page, verifyLinkWithFragment(data.verifyPageUrl, data.contractNumber, data.authKey), c.right - qrSize, qrTop - qrSize, qrSize);
  c.y = Math.min(c.y, qrTop - qrSize) - 8;

  // The footer sits on the bottom margin; should a very long 工事名 push the body down to it,
  // it moves to a second page rather than overlap or fall off the page.
  const footerHeight = 64;
  const footer = c.y - footerHeight < c.bottom ? c.newPage() : c;
  footer.y = footer.bottom + footerHeight;
  footer.rule(0.5, LINE);
  footer.gap(8);
  footer.paragraph(
    "本書は電子保証の確認に必要な情報をお知らせするものであり、保証証書ではありません。保証の内容は、確認ページに表示される電子証書でご確認ください。",
    9,
    undefined,
    MUTED,
  );
  footer.gap(6);
  footer.textRight(`保証会社　${data.suretyName}`, 10);

  return doc.save({ useObjectStreams: true });
}
