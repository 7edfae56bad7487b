// Content-Disposition for a download with a Japanese file name (RFC 6266 + RFC 5987): browsers use
// filename*=UTF-8''<percent-encoded>, and old clients fall back to the plain ASCII filename=.
const SAFE_ASCII_NAME = /^[A-Za-z0-9._-]+$/;

/** Percent-encodes everything but RFC 5987's attr-char set (encodeURIComponent leaves ' ( ) * alone). */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function attachmentDisposition(fileName: string, asciiFallback: string): string {
  if (!SAFE_ASCII_NAME.test(asciiFallback)) throw new Error("attachmentDisposition: the fallback must be plain ASCII");
  return `attachment; filename="${asciiFallback}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}

/** A PDF download of the portal (key notice, fee statements): never kept by a shared cache. */
export function pdfAttachment(file: { fileName: string; asciiFileName: string; bytes: Uint8Array }): Response {
  return new Response(Buffer.from(file.bytes), {
    headers: { "Content-Type": "application/pdf", "Content-Disposition": attachmentDisposition(file.fileName, file.asciiFileName), "Cache-Control": "private, no-store" },
  });
}
