import { jsonError, jsonErrorOf } from "@/lib/api/json-error";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { servedOverHttps, withApiSecurityHeaders } from "@/lib/security/headers";
import { refuseForeignOrigin } from "@/lib/security/same-origin";
import { verifyGuarantee } from "@/lib/server/verification/verify-guarantee";

export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = 4096;

// POST /api/v1/verify — for ordering bodies' own systems (described at /api/v1/openapi.json).
// Server to server, so no Origin; a foreign web page's Origin is refused (lib/security/same-origin.ts).
// The proxy does not run for this route (proxy.ts says why), so every answer gets its headers here.
export async function POST(request: Request) {
  return withApiSecurityHeaders(await answer(request), servedOverHttps());
}

async function answer(request: Request): Promise<Response> {
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
    const result = await verifyGuarantee({ input: body, ipAddress: clientIpFrom(request.headers) });
    return Response.json(result, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return jsonErrorOf(error);
  }
}
