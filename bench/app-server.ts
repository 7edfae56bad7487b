// Starts the production build exactly as `npm start` does (demo mode, fresh data) for a benchmark,
// and connects this process to the same database and secrets so it can prepare data.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { findFreePort } from "@/lib/db/embedded-postgres";

export type BenchServer = { baseUrl: string; dataDir: string; stop: () => Promise<void> };

async function waitForHealth(baseUrl: string, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("server did not become healthy");
}

export async function startBenchServer(extraEnv: Record<string, string> = {}): Promise<BenchServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "netdesk-bench-"));
  fs.chmodSync(dataDir, 0o755);
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    cwd: process.cwd(),
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, DEMO: "1", DATABASE_URL: "", SMTP_URL: "", APP_URL: baseUrl, ...extraEnv },
    stdio: ["ignore", "inherit", "inherit"],
  });
  await waitForHealth(baseUrl, child, 300_000);

  // Same database and secrets as the server, for preparing data from this process.
  const pid = fs.readFileSync(path.join(dataDir, "postgres", "postmaster.pid"), "utf8").split("\n");
  const password = fs.readFileSync(path.join(dataDir, "postgres-password"), "utf8").trim();
  process.env.DATABASE_URL = `postgresql://netdesk:${encodeURIComponent(password)}@127.0.0.1:${pid[3]}/netdesk`;
  Object.assign(process.env, JSON.parse(fs.readFileSync(path.join(dataDir, "secrets.json"), "utf8")), { APP_URL: baseUrl });

  return {
    baseUrl,
    dataDir,
    stop: async () => {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
