// Serves the production build of the app from this process, so one process owns the
// whole portal (database, mailbox, worker) and Ctrl-C stops all of it.
import http from "node:http";
import type { AddressInfo } from "node:net";
import next from "next";
import { CLIENT_IP_HEADER, CLIENT_IP_PROOF_HEADER, ownServerClientIpHeaders, renewClientIpProof } from "@/lib/auth/client-ip";

/**
 * Behind one trusted load balancer (TRUST_PROXY=1) the client is the LAST X-Forwarded-For entry: the
 * balancer appends the address it saw, while everything before it came from the client and could be
 * forged to dodge the per-address throttles.
 */
export function clientAddress(req: Pick<http.IncomingMessage, "headers" | "socket">, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.headers["x-forwarded-for"];
    const entries = (Array.isArray(forwarded) ? forwarded.join(",") : (forwarded ?? "")).split(",");
    const last = entries.map((e) => e.trim()).filter(Boolean).at(-1);
    if (last) return last;
  }
  return req.socket.remoteAddress ?? "unknown";
}

export type RunningHttpServer = { port: number; close: () => Promise<void> };

export async function startHttpServer(options: {
  dir: string;
  port: number;
  hostname: string;
  trustProxy: boolean;
}): Promise<RunningHttpServer> {
  // A fresh secret per process, before the app reads a request (lib/auth/client-ip.ts).
  renewClientIpProof();
  const app = next({ dev: false, dir: options.dir, port: options.port, hostname: options.hostname });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = http.createServer((req, res) => {
    // Whatever the client sent under our headers is dropped and replaced by what we saw.
    delete req.headers[CLIENT_IP_HEADER];
    delete req.headers[CLIENT_IP_PROOF_HEADER];
    Object.assign(req.headers, ownServerClientIpHeaders(clientAddress(req, options.trustProxy)));
    void handle(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.hostname, resolve);
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
