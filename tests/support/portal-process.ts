// The portal as `npm start` runs it, in a child process, for benchmarks and for the two-instance
// spec; and the database and secrets a demo data directory holds, to join another process to it.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { runningServerUrl } from "@/lib/db/embedded-postgres";

export type PortalProcess = {
  baseUrl: string;
  /** The portal's Node process (its embedded PostgreSQL runs in processes of its own), e.g. to read its memory. */
  pid: number;
  stop: () => Promise<void>;
  /** kill -9: no shutdown of any kind, as a crash or an OOM kill ends it. */
  kill: () => Promise<void>;
};

/**
 * Spawns scripts/start.ts on 127.0.0.1:`port` with `env` on top of this process's environment; resolves once /api/health answers.
 * `onStderr` also gets what the portal writes to stderr (it still goes to this process's stderr), e.g. to count logged errors.
 */
export async function startPortal(
  port: number,
  env: Record<string, string>,
  timeoutMs = 300_000,
  options: { onStderr?: (text: string) => void } = {},
): Promise<PortalProcess> {
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    cwd: process.cwd(),
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", APP_URL: baseUrl, ...env },
    stdio: ["ignore", "inherit", options.onStderr ? "pipe" : "inherit"],
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    process.stderr.write(chunk);
    options.onStderr?.(chunk.toString("utf8"));
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const stop = async () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    await exited;
  };
  const kill = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    await exited;
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the portal exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return { baseUrl, pid: child.pid!, stop, kill };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  await stop();
  throw new Error("the portal did not become healthy");
}

/** DATABASE_URL of the embedded PostgreSQL a running demo portal keeps under `dataDir`, and its secrets. */
export function demoDataDirConnection(dataDir: string): { databaseUrl: string; secrets: Record<string, string> } {
  const databaseUrl = runningServerUrl(dataDir, "netdesk");
  if (!databaseUrl) throw new Error(`no demo PostgreSQL runs under ${dataDir}`);
  return {
    databaseUrl,
    secrets: JSON.parse(fs.readFileSync(path.join(dataDir, "secrets.json"), "utf8")) as Record<string, string>,
  };
}
