import { listPublishedKeys } from "@/lib/server/signing/signing-keys";

export const dynamic = "force-dynamic";

// Public: the guarantee company's certificate-signing public keys, current and retired (the configured ones).
export async function GET() {
  return Response.json({ keys: listPublishedKeys() }, { headers: { "Cache-Control": "public, max-age=300" } });
}
