// Runs before each integration test file: a fresh database copied from the migrated
// template, and test secrets, so files never see each other's rows.
import { randomUUID } from "node:crypto";
import { afterAll, inject } from "vitest";
import { createDatabaseIfMissing } from "@/lib/db/create-database";
import { getPrisma } from "@/lib/db/client";
import { ensureTestSecrets } from "./test-secrets";

const adminUrl = inject("pgAdminUrl");
const database = `test_${randomUUID().replace(/-/g, "")}`;
await createDatabaseIfMissing(adminUrl, database, "netdesk_template");

const url = new URL(adminUrl);
url.pathname = `/${database}`;
process.env.DATABASE_URL = url.toString();
ensureTestSecrets();
(globalThis as { netdeskPrisma?: unknown }).netdeskPrisma = undefined;

afterAll(async () => {
  await getPrisma().$disconnect();
});
