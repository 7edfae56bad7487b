// Who is asking, for the audit trail: the client address our HTTP server recorded and the user agent.
import { headers } from "next/headers";
import { clientIpFrom } from "@/lib/auth/client-ip";

export type RequestContext = { ipAddress: string; userAgent: string | null };

export async function getRequestContext(): Promise<RequestContext> {
  const h = await headers();
  return { ipAddress: clientIpFrom(h), userAgent: h.get("user-agent")?.slice(0, 512) ?? null };
}
