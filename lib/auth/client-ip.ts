// The client address is set by our HTTP server (lib/runtime/http-server.ts) from the
// socket, or from X-Forwarded-For when TRUST_PROXY=1; a value sent by the client is dropped.
export const CLIENT_IP_HEADER = "x-netdesk-client-ip";

type HeaderSource = Headers | Record<string, string | string[] | undefined> | undefined;

export function clientIpFrom(headers: HeaderSource): string {
  const value = headers instanceof Headers ? headers.get(CLIENT_IP_HEADER) : headers?.[CLIENT_IP_HEADER];
  const ip = Array.isArray(value) ? value[0] : value;
  return ip && ip.length <= 64 ? ip : "unknown";
}
