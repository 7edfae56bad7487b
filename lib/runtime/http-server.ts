// Serves the production build of the app from this process, so one process owns the
// whole portal (database, mailbox, worker) and Ctrl-C stops all of it.
import http from "node:http";
import type { AddressInfo } from "node:net";
import next from "next";
import { CLIENT_IP_HEADER } from "@/lib/auth/client-ip";

function clientAddress(req: http.IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.headers["x-forwarded-for"];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
    if (first) return first;
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
  const app = next({ dev: false, dir: options.dir, port: options.port, hostname: options.hostname });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = http.createServer((req, res) => {
    // Whatever the client sent under our header is replaced by what we saw.
    req.headers[CLIENT_IP_HEADER] = clientAddress(req, options.trustProxy);
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
