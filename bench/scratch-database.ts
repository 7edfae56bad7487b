// A throw-away embedded PostgreSQL with one migrated database, for benchmarks that fill tables
// far beyond the demo data. The process's Prisma client points at it for the duration of `run`.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDatabaseIfMissing } from "@/lib/db/create-database";
import { getPrisma } from "@/lib/db/client";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { migrate } from "@/lib/db/migrate";
import { migrateWorkerSchema } from "@/lib/db/migrate-worker";

const holder = globalThis as { netdeskPrisma?: unknown };

export async function withScratchDatabase<T>(name: string, run: (url: string) => Promise<T>): Promise<T> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `netdesk-bench-${name}-`));
  fs.chmodSync(dataDir, 0o755); // the `postgres` user must traverse it when we run as root
  const server = await startEmbeddedPostgres({ dataDir });
  try {
    await createDatabaseIfMissing(server.url("postgres"), name);
    const url = server.url(name);
    await migrate(url);
    await migrateWorkerSchema(url); // issuing queues a mail job in the same transaction
    process.env.DATABASE_URL = url;
    holder.netdeskPrisma = undefined;
    return await run(url);
  } finally {
    await getPrisma().$disconnect().catch(() => {});
    holder.netdeskPrisma = undefined;
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
