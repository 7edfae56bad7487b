// Starts the production build exactly as `npm start` does (demo mode, fresh data) for a benchmark,
// and connects this process to the same database and secrets so it can prepare data.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { forgetConfig } from "@/lib/config";
import { findFreePort } from "@/lib/db/embedded-postgres";
import { demoDataDirConnection, startPortal } from "@/tests/support/portal-process";

export type BenchServer = { baseUrl: string; dataDir: string; pid: number; stop: () => Promise<void> };

export async function startBenchServer(extraEnv: Record<string, string> = {}, options: { onStderr?: (text: string) => void } = {}): Promise<BenchServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "netdesk-bench-"));
  fs.chmodSync(dataDir, 0o755);
  const portal = await startPortal(await findFreePort(), { DATA_DIR: dataDir, DEMO: "1", DATABASE_URL: "", SMTP_URL: "", ...extraEnv }, undefined, options);

  // Same database and secrets as the server, for preparing data from this process.
  const { databaseUrl, secrets } = demoDataDirConnection(dataDir);
  process.env.DATABASE_URL = databaseUrl;
  Object.assign(process.env, secrets, { APP_URL: portal.baseUrl });
  // A section before this one may have joined another portal: its secrets (KEY_ENCRYPTION_KEY hashes the
  // keys this process issues) and its Prisma client must not carry over, or the keys would not match.
  forgetConfig();
  (globalThis as { netdeskPrisma?: unknown }).netdeskPrisma = undefined;

  return {
    baseUrl: portal.baseUrl,
    dataDir,
    pid: portal.pid,
    stop: async () => {
      await portal.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
