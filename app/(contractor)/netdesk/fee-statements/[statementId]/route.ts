// 保証料計算書 PDF of the contractor's own statement; another company's, or none → 404.
import { requireContractor } from "@/lib/auth/guards";
import { pdfAttachment } from "@/lib/http/content-disposition";
import { responseOrNotFound } from "@/lib/http/or-not-found";
import { buildFeeStatementFile } from "@/lib/server/fees/build-fee-statement-file";

export async function GET(_request: Request, { params }: { params: Promise<{ statementId: string }> }): Promise<Response> {
  const actor = await requireContractor();
  const { statementId } = await params;
  return responseOrNotFound(async () => pdfAttachment(await buildFeeStatementFile({ actor, statementId })));
}
