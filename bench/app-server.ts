// Starts the production build exactly as `npm start` does (demo mode, fresh data) for a benchmark,
// and connects this process to the same database and secrets so it can prepare data.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { forgetConfig, REQUIRED_SECRETS } from "@/lib/config";
import { findFreePort } from "@/lib/db/embedded-postgres";
import { demoDataDirConnection, startPortal } from "@/tests/support/portal-process";

export type BenchServer = { baseUrl: string; dataDir: string; pid: number; stop: () => Promise<void> };

export async function startBenchServer(extraEnv: Record<string, string> = {}, options: { onStderr?: (text: string) => void } = {}): Promise<BenchServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "netdesk-bench-"));
  // A section before this one joined another portal and put that portal's secrets into this process's
  // environment; the new portal would inherit them (an environment's secret wins over DATA_DIR/secrets.json)
  // while this process reads the new file below, so the keys it issues would hash differently (every
  // soak verification after the verify section answered 404). Each portal gets its own.
  for (const name of REQUIRED_SECRETS) delete process.env[name];
  fs.chmodSync(dataDir, 0o755);
  const portal = await startPortal(await findFreePort(), { DATA_DIR: dataDir, DEMO: "1", DATABASE_URL: "", SMTP_URL: "", ...extraEnv }, undefined, options);

  // Same database and secrets as the server, for preparing data from this process.
  const { databaseUrl, secrets } = demoDataDirConnection(dataDir);
  process.env.DATABASE_URL = databaseUrl;
  Object.assign(process.env, secrets, { APP_URL: portal.baseUrl });
  // Nor may the configuration parsed for the portal before, or its Prisma client.
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
