// Proves the SQL migrations build exactly the database schema.prisma describes: Prisma's
// own differ turns schema.prisma into SQL, we apply it to an empty database, and compare
// the catalogs with the database our migrations built. Only the documented hand-written
// extras (checks and triggers Prisma's language cannot express) may differ.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { createDatabaseIfMissing } from "@/lib/db/create-database";
import { describeSchema } from "../support/describe-schema";

const ROOT = path.resolve(import.meta.dirname, "../..");

const HAND_WRITTEN_CHECKS = [
  '"Guarantee" Guarantee_amounts_check',
  '"Guarantee" Guarantee_contractNumber_format_check',
  '"PayoutRequestLine" PayoutRequestLine_account_check',
  '"PayoutRequestLine" PayoutRequestLine_amount_check',
  '"PayoutRequestLine" PayoutRequestLine_decision_check',
  '"SubmittedDocument" SubmittedDocument_one_target_check',
  '"UsagePlanLine" UsagePlanLine_amounts_check',
  '"User" User_role_ties_check',
];
const HAND_WRITTEN_TRIGGERS = [
  '"AuditEntry" AuditEntry_append_only',
  '"AuditEntry" AuditEntry_branch',
  '"AuditEntry" AuditEntry_no_truncate',
  '"FeeRateTable" FeeRateTable_published_immutable',
  '"PayoutRequestLine" PayoutRequestLine_bank_branch',
];

function sqlFromSchemaPrisma(databaseUrl: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "netdesk-diff-"));
  // Prisma 6 wants a url in the datasource block; Prisma 7 keeps it in prisma.config.ts.
  const schema = fs
    .readFileSync(path.join(ROOT, "prisma/schema.prisma"), "utf8")
    .replace(/provider = "postgresql"\n/, 'provider = "postgresql"\n  url = env("DATABASE_URL")\n');
  fs.writeFileSync(path.join(dir, "schema.prisma"), schema);
  const emptyEngine = path.join(dir, "no-query-engine.so.node");
  fs.writeFileSync(emptyEngine, "");
  try {
    return execFileSync(
      process.execPath,
      [
        path.join(ROOT, "node_modules/prisma6/build/index.js"),
        "migrate", "diff",
        "--config", path.join(ROOT, "tests/support/prisma6-diff.config.mjs"),
        "--from-empty",
        "--to-schema-datamodel", path.join(dir, "schema.prisma"),
        "--script",
      ],
      {
        cwd: ROOT,
        encoding: "utf8",
        env: {
          ...process.env,
          DATABASE_URL: databaseUrl,
          // Tell the CLI its native engines are "present" so it does not try to download them.
          PRISMA_QUERY_ENGINE_LIBRARY: emptyEngine,
          PRISMA_SCHEMA_ENGINE_BINARY: "/bin/true",
          PRISMA_HIDE_UPDATE_MESSAGE: "1",
        },
      },
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe("prisma/migrations and prisma/schema.prisma", () => {
  it("build the same tables, columns, types, defaults, indexes and keys", async () => {
    const migratedUrl = process.env.DATABASE_URL!;
    const expectedUrl = new URL(migratedUrl);
    expectedUrl.pathname = `/expected_${Date.now()}`;
    const adminUrl = new URL(migratedUrl);
    adminUrl.pathname = "/postgres";
    await createDatabaseIfMissing(adminUrl.toString(), expectedUrl.pathname.slice(1));

    const sql = sqlFromSchemaPrisma(expectedUrl.toString());
    expect(sql).toContain('CREATE TABLE "Guarantee"');
    const client = new pg.Client({ connectionString: expectedUrl.toString() });
    await client.connect();
    await client.query(sql);
    await client.end();

    const fromPrisma = await describeSchema(expectedUrl.toString());
    const fromMigrations = await describeSchema(migratedUrl);

    expect(fromMigrations.enums).toEqual(fromPrisma.enums);
    expect(fromMigrations.columns).toEqual(fromPrisma.columns);
    expect(fromMigrations.indexes).toEqual(fromPrisma.indexes);
    expect(fromMigrations.keys).toEqual(fromPrisma.keys);
    expect(fromPrisma.checks).toEqual([]);
    expect(fromMigrations.checks).toEqual(HAND_WRITTEN_CHECKS);
    expect(fromMigrations.triggers).toEqual(HAND_WRITTEN_TRIGGERS);
    // Sanity: the comparison looked at the whole domain, not an empty schema.
    expect(fromPrisma.columns.length).toBeGreaterThan(150);
  });
});
