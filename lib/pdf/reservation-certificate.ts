// 「契約保証予約証書」: the A4 certificate of a 契約保証予約 (入札ボンド) the contractor hands in with its bid,
// from the signed content of the reservation in force (the same rows /verify shows), with the 予約番号 and
// 認証キー so the ordering body can check it online, and a QR code that fills both in.
import { rgb } from "pdf-lib";
import { certificateRows, type CertificateContent } from "@/lib/domain/certificate-content";
import { CERTIFICATE_STATEMENT } from "@/lib/domain/guarantee-labels";
import { RESERVATION_WORDS } from "@/lib/domain/bond-labels";
import { formatWareki, jstParts } from "@/lib/domain/wareki";
import { japaneseDocument } from "./japanese-document";
import { verifyLinkWithFragment } from "./key-notice";
import { drawQrCode } from "./qr";

export type ReservationCertificateData = { content: CertificateContent; authKey: string; verifyPageUrl: string; createdAt: Date };

export const reservationCertificateFileName = (number: string) => `${RESERVATION_WORDS.certificate}_${number}.pdf`;

const INK = rgb(0.1, 0.13, 0.18);
const MUTED = rgb(0.36, 0.4, 0.46);
const LINE = rgb(0.6, 0.65, 0.7);
const BRAND = rgb(0.04, 0.31, 0.54);

export async function buildReservationCertificatePdf({ content, authKey, verifyPageUrl, createdAt }: ReservationCertificateData): Promise<Uint8Array> {
  const { doc, canvas: c } = await japaneseDocument({ title: `${RESERVATION_WORDS.certificate}（${content.contractNumber}）`, author: content.suretyCompany, createdAt });
  c.textRight(`${RESERVATION_WORDS.number}　${content.contractNumber}`, 10, { color: MUTED });
  c.textRight(`作成日　${formatWareki(jstParts(createdAt))}`, 10, { color: MUTED });
  c.gap(4);
  c.text(`${content.orderingBody}　様`, 15, { font: "bold" });
  c.rule(0.8, INK, 260);
  c.gap(8);
  c.textCentered(RESERVATION_WORDS.certificate, 20, { font: "bold" });
  c.gap(8);
  c.paragraph(CERTIFICATE_STATEMENT.BID_BOND_RESERVATION, 10.5);
  c.gap(6);
  c.textCentered("記", 11);
  c.gap(4);
  // 対象 is always 新規 on a reservation's certificate: the paper leaves it out.
  c.table(certificateRows(content).filter((row) => row.label !== "対象").map((row) => [row.label, row.value] as [string, string]), 118, 9.5);

  c.gap(10);
  c.keyBox("認証キー", authKey, "発注者は予約番号と認証キーで、この予約証書の内容を確認できます。英字の大文字・小文字を区別します。", [
    ["0", "数字のゼロ"],
    ["O", "英大文字のオー"],
    ["1", "数字のイチ"],
    ["l", "英小文字のエル"],
  ]);
  c.gap(10);
  const qrSize = 64;
  const qrTop = c.y;
  const textWidth = c.contentWidth - qrSize - 20;
  c.paragraph("予約証書の確認方法: 確認ページで予約番号と認証キーを入力し、「照会する」を押してください（右のQRコードで入力済みの確認ページが開きます）。", 10, textWidth);
  c.text(verifyPageUrl, 10.5, { font: "bold", color: BRAND });
  drawQrCode(c.page, verifyLinkWithFragment(verifyPageUrl, content.contractNumber, authKey), c.right - qrSize, qrTop - qrSize, qrSize);
  c.y = Math.min(c.y, qrTop - qrSize) - 8;

  const footerHeight = 48;
  const footer = c.y - footerHeight < c.bottom ? c.newPage() : c;
  footer.y = footer.bottom + footerHeight;
  footer.rule(0.5, LINE);
  footer.gap(8);
  footer.paragraph("本予約証書は入札保証金に代わる入札ボンドとして提出できます。有効期限を過ぎた予約、取り消された予約は効力を失います。", 9, undefined, MUTED);
  footer.gap(6);
  footer.textRight(`保証会社　${content.suretyCompany} ${content.suretyBranch}`, 10);
  return doc.save({ useObjectStreams: true });
}
