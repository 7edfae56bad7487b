// An evidence document of a 明細書 line of a guarantee deposited with the bank's branch (another branch's,
// a document not attached to a line, or a missing one: the same 404). Audited.
import { requireBankUser } from "@/lib/auth/guards";
import { documentResponse } from "@/lib/http/document-response";
import { responseOrNotFound } from "@/lib/http/or-not-found";
import { openDocument } from "@/lib/server/documents/open-document";
import { getRequestContext } from "@/lib/server/request-context";

export async function GET(_request: Request, { params }: { params: Promise<{ documentId: string }> }): Promise<Response> {
  const actor = await requireBankUser();
  const { documentId } = await params;
  return responseOrNotFound(async () => documentResponse(await openDocument({ actor, documentId, request: await getRequestContext() })));
}
