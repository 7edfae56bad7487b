// Runs before each integration test file: a fresh database copied from the migrated
// template, and test secrets, so files never see each other's rows.
import { generateKeyPairSync, randomBytes, randomUUID } from "node:crypto";
import { afterAll, inject } from "vitest";
import { createDatabaseIfMissing } from "@/lib/db/create-database";
import { getPrisma } from "@/lib/db/client";

const adminUrl = inject("pgAdminUrl");
const database = `test_${randomUUID().replace(/-/g, "")}`;
await createDatabaseIfMissing(adminUrl, database, "netdesk_template");

const url = new URL(adminUrl);
url.pathname = `/${database}`;
process.env.DATABASE_URL = url.toString();
process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
process.env.KEY_ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
process.env.SIGNING_PRIVATE_KEY ??= generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString();
process.env.APP_URL ??= "http://localhost:3000";
(globalThis as { netdeskPrisma?: unknown }).netdeskPrisma = undefined;

afterAll(async () => {
  await getPrisma().$disconnect();
});
