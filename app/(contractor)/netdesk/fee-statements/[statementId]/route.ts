// 保証料計算書 PDF of the contractor's own statement; another company's, or none → 404.
import { requireContractor } from "@/lib/auth/guards";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { responseOrNotFound } from "@/lib/http/or-not-found";
import { buildFeeStatementFile } from "@/lib/server/fees/build-fee-statement-file";

export async function GET(_request: Request, { params }: { params: Promise<{ statementId: string }> }): Promise<Response> {
  const actor = await requireContractor();
  const { statementId } = await params;
  return responseOrNotFound(async () => {
    const file = await buildFeeStatementFile({ actor, statementId });
    return new Response(Buffer.from(file.bytes), {
      headers: { "Content-Type": "application/pdf", "Content-Disposition": attachmentDisposition(file.fileName, file.asciiFileName), "Cache-Control": "private, no-store" },
    });
  });
}
