// 書類送信 accepts PDF, JPEG and PNG, told apart by their first bytes (the signature every file of the
// type starts with), never by the name or the type the browser claims: a PDF renamed .png is a PDF,
// a program renamed .pdf is refused. A PDF must also end as a PDF does (its trailer's %%EOF): one cut short
// by an interrupted download or scan would not open for staff. Images are not checked for their end: phones
// append data after a JPEG's last marker (motion photos), and a cut image still shows what it holds.

export type AcceptedFileType = { contentType: "application/pdf" | "image/jpeg" | "image/png"; label: string; extension: string };

const SIGNATURES: { bytes: number[]; type: AcceptedFileType }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], type: { contentType: "application/pdf", label: "PDF", extension: "pdf" } }, // %PDF-
  { bytes: [0xff, 0xd8, 0xff], type: { contentType: "image/jpeg", label: "JPEG", extension: "jpg" } },
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], type: { contentType: "image/png", label: "PNG", extension: "png" } },
];

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/** The accepted type the bytes are, or null. */
export function sniffFileType(bytes: Uint8Array): AcceptedFileType | null {
  const match = SIGNATURES.find((s) => bytes.length >= s.bytes.length && s.bytes.every((b, i) => bytes[i] === b));
  return match?.type ?? null;
}

// Readers look for %%EOF in the last 1,024 bytes (ISO 32000's trailer; some writers pad after it).
const PDF_END = [0x25, 0x25, 0x45, 0x4f, 0x46]; // %%EOF
const PDF_END_WINDOW = 1024;

/** Whether the bytes end as a PDF does: %%EOF within the last 1,024 bytes. */
export function endsAsPdf(bytes: Uint8Array): boolean {
  for (let at = bytes.length - PDF_END.length; at >= Math.max(0, bytes.length - PDF_END_WINDOW); at -= 1) {
    if (PDF_END.every((b, i) => bytes[at + i] === b)) return true;
  }
  return false;
}

export const documentFileMessages = {
  missing: "送信するファイルを選択してください。",
  empty: "ファイルが空です。内容のあるファイルを選択してください。",
  tooLarge: "ファイルの大きさは10MBまでです。",
  wrongType: "送信できるのはPDF、JPEG、PNGのファイルだけです（ファイルの中身で判定しています）。",
  truncated: "PDFファイルが途中で切れているか、壊れています。パソコンで開けることを確かめてから、もう一度選択してください。",
};

/** The problem of a file to send, or null: ≤ 10 MB, not empty, PDF, JPEG or PNG by its bytes, and a PDF whole. */
export function documentFileProblem(bytes: Uint8Array | null): string | null {
  if (!bytes) return documentFileMessages.missing;
  if (bytes.length === 0) return documentFileMessages.empty;
  if (bytes.length > MAX_DOCUMENT_BYTES) return documentFileMessages.tooLarge;
  const type = sniffFileType(bytes);
  if (!type) return documentFileMessages.wrongType;
  return type.contentType === "application/pdf" && !endsAsPdf(bytes) ? documentFileMessages.truncated : null;
}
