// An A4 document with the portal's fonts embedded as subsets (Noto Sans JP regular and bold, JetBrains
// Mono), its metadata set, and a PdfCanvas on the first page: how every PDF of the portal begins (the key
// notice, 保証料計算書, 前払金請求書 and 契約保証予約証書).
import { PDFDocument } from "pdf-lib";
import { fontkitForPdfLib } from "./fontkit-adapter";
import { loadPdfFonts } from "./fonts";
import { PdfCanvas } from "./pdf-canvas";

export const A4: [number, number] = [595.28, 841.89];

export async function japaneseDocument(meta: { title: string; author?: string; createdAt?: Date; margin?: number }): Promise<{ doc: PDFDocument; canvas: PdfCanvas }> {
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
  if (meta.author) doc.setAuthor(meta.author);
  doc.setCreator("Net Desk インターネット保証サービス");
  if (meta.createdAt) {
    doc.setCreationDate(meta.createdAt);
    doc.setModificationDate(meta.createdAt);
  }
  return { doc, canvas: new PdfCanvas(doc.addPage(A4), { regular, bold, mono }, meta.margin ?? 48) };
}
