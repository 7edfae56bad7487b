// The client address for the throttles and the audit trail. Only the portal's own HTTP server
// (lib/runtime/http-server.ts) knows it: from the socket, or from X-Forwarded-For when TRUST_PROXY=1.
// It passes the address to the app in CLIENT_IP_HEADER together with CLIENT_IP_PROOF_HEADER, a random
// secret of this process (never sent to a client); whatever a client sent under either name is replaced
// first. The app believes the address only when the proof matches, so a request that did not come
// through that server (`next start`, a custom server of someone else's) has the address "unknown" —
// a client can never choose its own address, whichever way the portal is run.
import { randomBytes } from "node:crypto";

export const CLIENT_IP_HEADER = "x-netdesk-client-ip";
export const CLIENT_IP_PROOF_HEADER = "x-netdesk-client-ip-proof";
const PROOF_ENV = "NETDESK_CLIENT_IP_PROOF";

type HeaderSource = Headers | Record<string, string | string[] | undefined> | undefined;

/** A new proof for this process (the HTTP server calls it once at start-up, before the app). */
export function renewClientIpProof(): void {
  process.env[PROOF_ENV] = randomBytes(32).toString("base64url");
}

/** The headers our server sets on every request (also used by tests that act as that server). */
export function ownServerClientIpHeaders(ip: string): Record<string, string> {
  if (!process.env[PROOF_ENV]) renewClientIpProof();
  return { [CLIENT_IP_HEADER]: ip, [CLIENT_IP_PROOF_HEADER]: process.env[PROOF_ENV]! };
}

function header(headers: HeaderSource, name: string): string | undefined {
  const value = headers instanceof Headers ? headers.get(name) : headers?.[name];
  return Array.isArray(value) ? value[0] : (value ?? undefined);
}

/** Same length and content, compared without an early exit. */
function sameSecret(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}

export function clientIpFrom(headers: HeaderSource): string {
  const proof = process.env[PROOF_ENV];
  const sent = header(headers, CLIENT_IP_PROOF_HEADER);
  if (!proof || !sent || !sameSecret(sent, proof)) return "unknown";
  const ip = header(headers, CLIENT_IP_HEADER);
  return ip && ip.length <= 64 ? ip : "unknown";
}
