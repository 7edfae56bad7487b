import { jsonError, unexpectedError } from "@/lib/api/json-error";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { refuseForeignOrigin } from "@/lib/security/same-origin";
import { NO_MATCH_MESSAGE, THROTTLED_MESSAGE, verifyGuarantee } from "@/lib/server/verification/verify-guarantee";

export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = 4096;

// POST /api/v1/verify — for ordering bodies' own systems (described at /api/v1/openapi.json).
// Server to server, so no Origin; a foreign web page's Origin is refused (lib/security/same-origin.ts).
export async function POST(request: Request) {
  try {
    const refused = refuseForeignOrigin(request);
    if (refused) return refused;
    const text = await request.text();
    let body: unknown;
    try {
      if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw new Error("too large");
      body = JSON.parse(text);
    } catch {
      return jsonError(400, "VALIDATION", "リクエストの本文は JSON の {\"contractNumber\", \"authKey\"} で送ってください。", {
        fields: { body: "リクエストの形式が正しくありません。" },
      });
    }
    const outcome = await verifyGuarantee({ input: body, ipAddress: clientIpFrom(request.headers) });
    switch (outcome.kind) {
      case "invalid":
        return jsonError(400, "VALIDATION", "入力内容に誤りがあります。", { fields: outcome.fieldErrors });
      case "not-found":
        return jsonError(404, "NOT_FOUND", NO_MATCH_MESSAGE);
      case "throttled":
        return jsonError(429, "RATE_LIMITED", THROTTLED_MESSAGE, { headers: { "Retry-After": String(outcome.retryAfterSeconds) } });
      case "verified":
        return Response.json(outcome.result, { headers: { "Cache-Control": "no-store" } });
    }
  } catch (error) {
    return unexpectedError(error);
  }
}
