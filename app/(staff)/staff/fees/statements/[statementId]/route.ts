// 保証料計算書 PDF for branch staff (their branch's guarantees only; otherwise 404), e.g. to post it.
import { requireStaff } from "@/lib/auth/guards";
import { pdfAttachment } from "@/lib/http/content-disposition";
import { responseOrNotFound } from "@/lib/http/or-not-found";
import { buildFeeStatementFile } from "@/lib/server/fees/build-fee-statement-file";

export async function GET(_request: Request, { params }: { params: Promise<{ statementId: string }> }): Promise<Response> {
  const actor = await requireStaff();
  const { statementId } = await params;
  return responseOrNotFound(async () => pdfAttachment(await buildFeeStatementFile({ actor, statementId })));
}
