import { listPublishedKeys } from "@/lib/server/signing/signing-keys";

export const dynamic = "force-dynamic";

// Public: the guarantee company's certificate-signing public keys, current and retired.
export async function GET() {
  return Response.json({ keys: await listPublishedKeys() }, { headers: { "Cache-Control": "public, max-age=300" } });
}
