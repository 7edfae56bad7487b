// 「印刷」: the key-notice PDF of the contractor's own e-guarantee. Not signed in → /login (the guard);
// anyone else's guarantee, or none → 404.
import { requireContractor } from "@/lib/auth/guards";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { responseOrNotFound } from "@/lib/http/or-not-found";
import { buildContractorKeyNotice } from "@/lib/server/guarantees/build-contractor-key-notice";

export async function GET(_request: Request, { params }: { params: Promise<{ guaranteeId: string }> }): Promise<Response> {
  const actor = await requireContractor();
  const { guaranteeId } = await params;
  return responseOrNotFound(async () => {
    const notice = await buildContractorKeyNotice({ actor, guaranteeId });
    return new Response(Buffer.from(notice.bytes), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": attachmentDisposition(notice.fileName, notice.asciiFileName),
        // The PDF holds the 認証キー: never kept by a shared cache.
        "Cache-Control": "private, no-store",
      },
    });
  });
}
