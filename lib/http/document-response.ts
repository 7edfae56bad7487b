// The download of a sent document: its stored type (from its bytes, so never HTML), as an attachment,
// never sniffed or cached by a shared cache.
import type { DocumentFile } from "@/lib/server/documents/open-document";
import { attachmentDisposition } from "./content-disposition";

export function documentResponse(file: DocumentFile): Response {
  const extension = file.contentType === "application/pdf" ? "pdf" : file.contentType === "image/png" ? "png" : "jpg";
  return new Response(Buffer.from(file.bytes), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": attachmentDisposition(file.fileName, `document.${extension}`),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      ETag: `"${file.sha256}"`,
    },
  });
}
