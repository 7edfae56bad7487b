// The 前払金請求書 PDF of the contractor's own guarantee. Another company's, a contract guarantee, or
// one without a saved 振込先: the same 404.
import { requireContractor } from "@/lib/auth/guards";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { responseOrNotFound } from "@/lib/http/or-not-found";
import { buildAdvanceInvoice } from "@/lib/server/invoices/build-advance-invoice";

export async function GET(_request: Request, { params }: { params: Promise<{ guaranteeId: string }> }): Promise<Response> {
  const actor = await requireContractor();
  const { guaranteeId } = await params;
  return responseOrNotFound(async () => {
    const file = await buildAdvanceInvoice({ actor, guaranteeId });
    return new Response(Buffer.from(file.bytes), {
      headers: { "Content-Type": "application/pdf", "Content-Disposition": attachmentDisposition(file.fileName, file.asciiFileName), "Cache-Control": "private, no-store" },
    });
  });
}
