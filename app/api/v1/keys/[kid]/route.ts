import { jsonError } from "@/lib/api/json-error";
import { findPublishedKey } from "@/lib/server/signing/signing-keys";

export const dynamic = "force-dynamic";

// One public key as a PEM file (for `openssl pkeyutl -verify -pubin -inkey <file>`).
export async function GET(_request: Request, context: { params: Promise<{ kid: string }> }) {
  const kid = decodeURIComponent((await context.params).kid).replace(/\.pem$/, "");
  const key = kid.length <= 100 ? findPublishedKey(kid) : undefined;
  if (!key) return jsonError(404, "NOT_FOUND", "指定された鍵はありません。");
  return new Response(key.publicKeyPem, {
    headers: {
      "Content-Type": "application/x-pem-file",
      "Content-Disposition": `attachment; filename="netdesk-${kid.replace(/[^A-Za-z0-9._-]/g, "_")}.pem"`,
    },
  });
}
