// 書類送信: the upload, as multipart form data (a server action's body is capped at 1 MB; a document
// may be 10 MB). Same guard, same use case, same answer shape (ActionResult) as every form's action.
// The proxy refuses a foreign origin before this runs.
import { NextResponse } from "next/server";
import type { ActionResult } from "@/lib/action-result";
import { requireContractor } from "@/lib/auth/guards";
import { MAX_DOCUMENT_BYTES, documentFileMessages } from "@/lib/domain/file-type";
import { invalidInput } from "@/lib/errors";
import { uploadDocument } from "@/lib/server/documents/upload-document";
import { getRequestContext } from "@/lib/server/request-context";
import { payloadFields, resultOfError } from "@/lib/server/server-action";

const answer = (result: ActionResult<{ id: string }>) => NextResponse.json(result, { status: result.status === "ok" ? 200 : 400, headers: { "Cache-Control": "no-store" } });

export async function POST(request: Request): Promise<Response> {
  const actor = await requireContractor();
  try {
    // The fields and the multipart framing add a little to the file's 10 MB.
    if (Number(request.headers.get("content-length") ?? 0) > MAX_DOCUMENT_BYTES + 64 * 1024) throw invalidInput({ file: documentFileMessages.tooLarge });
    // Not multipart form data at all (a script's JSON): the same message as no file.
    const form = await request.formData().catch(() => null);
    if (!form) throw invalidInput({ file: documentFileMessages.missing });
    const file = form.get("file");
    const bytes = file instanceof File && file.size > 0 ? new Uint8Array(await file.arrayBuffer()) : null;
    const uploaded = await uploadDocument({
      actor,
      input: payloadFields(form),
      file: bytes || file instanceof File ? { name: file instanceof File ? file.name : "", bytes: bytes ?? new Uint8Array() } : null,
      request: await getRequestContext(),
    });
    return answer({ status: "ok", message: "書類を送信しました。保証会社の受付をお待ちください。", data: { id: uploaded.id } });
  } catch (error) {
    return answer(resultOfError("document.upload", error) as ActionResult<{ id: string }>);
  }
}
