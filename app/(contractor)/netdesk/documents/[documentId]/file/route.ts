// A sent document, for the company that sent it (the staff's copy is /staff/documents/[id]/file).
// Another company's or a missing one: the same 404. Every download is audited.
import { requireContractor } from "@/lib/auth/guards";
import { documentResponse } from "@/lib/http/document-response";
import { responseOrNotFound } from "@/lib/http/or-not-found";
import { openDocument } from "@/lib/server/documents/open-document";
import { getRequestContext } from "@/lib/server/request-context";

export async function GET(_request: Request, { params }: { params: Promise<{ documentId: string }> }): Promise<Response> {
  const actor = await requireContractor();
  const { documentId } = await params;
  return responseOrNotFound(async () => documentResponse(await openDocument({ actor, documentId, request: await getRequestContext() })));
}
