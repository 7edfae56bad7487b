// 「契約保証予約証書」 PDF of the contractor's own reservation. Not signed in → /login (the guard); anyone
// else's, or none → 404.
import { requireContractor } from "@/lib/auth/guards";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { responseOrNotFound } from "@/lib/http/or-not-found";
import { buildReservationCertificate } from "@/lib/server/bond/build-reservation-certificate";

export async function GET(_request: Request, { params }: { params: Promise<{ guaranteeId: string }> }): Promise<Response> {
  const actor = await requireContractor();
  const { guaranteeId } = await params;
  return responseOrNotFound(async () => {
    const file = await buildReservationCertificate({ actor, guaranteeId });
    return new Response(Buffer.from(file.bytes), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": attachmentDisposition(file.fileName, file.asciiFileName),
        // The PDF holds the 認証キー: never kept by a shared cache.
        "Cache-Control": "private, no-store",
      },
    });
  });
}
