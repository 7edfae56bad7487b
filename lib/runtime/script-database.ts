// The database a command-line script works on, as `npm start` chooses it: DATABASE_URL when set
// (production), otherwise the demo database under DATA_DIR — the running portal's PostgreSQL when
// there is one, or an embedded one started for the script and stopped after it. Demo secrets (for
// links and configuration) come from DATA_DIR as well.
import path from "node:path";
import { runningServerUrl } from "@/lib/db/embedded-postgres";
import { prepareDatabase, type PreparedDatabase } from "./database";
import { loadDemoSecrets } from "./secrets";

export async function openScriptDatabase(log: (message: string) => void): Promise<PreparedDatabase> {
  if (process.env.DATABASE_URL) return prepareDatabase({ dataDir: ".data", log });
  const dataDir = path.resolve(process.env.DATA_DIR ?? ".data");
  process.env.DATA_DIR = dataDir;
  process.env.DEMO = "1";
  loadDemoSecrets(dataDir);
  const running = runningServerUrl(dataDir, "netdesk");
  const database = running ? { url: running, embedded: true, stop: async () => {} } : await prepareDatabase({ dataDir, log });
  process.env.DATABASE_URL = database.url;
  return database;
}
