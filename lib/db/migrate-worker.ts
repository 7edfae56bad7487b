// graphile-worker keeps its own schema (graphile_worker) and migrates it itself; it must exist
// before any transaction queues a job, so it is brought up to date with our migrations.
import { runMigrations } from "graphile-worker";

export async function migrateWorkerSchema(connectionString: string): Promise<void> {
  await runMigrations({ connectionString, logger: undefined });
}
