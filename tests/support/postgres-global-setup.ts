// Starts one throw-away PostgreSQL for the integration run and migrates a template
// database; every test file then works on its own copy (tests/support/integration-setup.ts).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createDatabaseIfMissing } from "@/lib/db/create-database";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { migrate } from "@/lib/db/migrate";
import { migrateWorkerSchema } from "@/lib/db/migrate-worker";

export const TEMPLATE_DATABASE = "netdesk_template";

declare module "vitest" {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "netdesk-test-"));
  fs.chmodSync(dataDir, 0o755); // the `postgres` user must traverse it when we run as root
  const server = await startEmbeddedPostgres({ dataDir });
  await createDatabaseIfMissing(server.url("postgres"), TEMPLATE_DATABASE);
  await migrate(server.url(TEMPLATE_DATABASE));
  await migrateWorkerSchema(server.url(TEMPLATE_DATABASE));
  project.provide("pgAdminUrl", server.url("postgres"));
  return async () => {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
