// A new A4-ready PDF for a Japanese document of the portal: the subset Japanese fonts (regular, bold)
// and the key's monospaced face embedded, and the document's metadata set. The key notice and the
// 前払金請求書 start here.
import { PDFDocument, type PDFFont } from "pdf-lib";
import { fontkitForPdfLib } from "./fontkit-adapter";
import { loadPdfFonts } from "./fonts";

export const A4: [number, number] = [595.28, 841.89];

export async function createJapanesePdf(meta: { title: string; author: string; createdAt?: Date }): Promise<{ doc: PDFDocument; fonts: { regular: PDFFont; bold: PDFFont; mono: PDFFont } }> {
  const fonts = await loadPdfFonts();
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkitForPdfLib as never);
  const [regular, bold, mono] = await Promise.all([
    doc.embedFont(fonts.jpRegular, { subset: true }),
    doc.embedFont(fonts.jpBold, { subset: true }),
    doc.embedFont(fonts.keyMono, { subset: true }),
  ]);
  doc.setTitle(meta.title);
  doc.setLanguage("ja-JP");
  doc.setAuthor(meta.author);
  doc.setCreator("Net Desk インターネット保証サービス");
  if (meta.createdAt) {
    doc.setCreationDate(meta.createdAt);
    doc.setModificationDate(meta.createdAt);
  }
  return { doc, fonts: { regular, bold, mono } };
}
