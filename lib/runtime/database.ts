// DATABASE_URL set: use that server. Unset: run the embedded PostgreSQL under DATA_DIR.
// Either way the schema is brought up to date before the app serves a request.
import { createDatabaseIfMissing } from "@/lib/db/create-database";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { migrate } from "@/lib/db/migrate";
import { migrateWorkerSchema } from "@/lib/db/migrate-worker";

export type PreparedDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

export async function prepareDatabase(options: {
  dataDir: string;
  log: (message: string) => void;
}): Promise<PreparedDatabase> {
  let prepared: PreparedDatabase;
  if (process.env.DATABASE_URL) {
    prepared = { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  } else {
    const port = process.env.PG_PORT ? Number(process.env.PG_PORT) : undefined;
    const server = await startEmbeddedPostgres({ dataDir: options.dataDir, port, log: options.log });
    await createDatabaseIfMissing(server.url("postgres"), "netdesk");
    prepared = { url: server.url("netdesk"), embedded: true, stop: server.stop };
  }
  const applied = await migrate(prepared.url);
  if (applied.length) options.log(`マイグレーションを適用しました: ${applied.join(", ")}`);
  await migrateWorkerSchema(prepared.url);
  return prepared;
}
