import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { randomUUID } from "node:crypto";
import { describe, expect, inject, it } from "vitest";
import { createDatabaseIfMissing } from "@/lib/db/create-database";
import { migrate, MIGRATIONS_DIR, readMigrations } from "@/lib/db/migrate";

async function rows(sql: string) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("migrate", () => {
  it("records every migration in _prisma_migrations as Prisma does (sha256 of the file)", async () => {
    const recorded = await rows(
      `SELECT migration_name, checksum, finished_at, applied_steps_count, rolled_back_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    const files = fs.readdirSync(MIGRATIONS_DIR).filter((f) => !f.endsWith(".toml")).sort();
    expect(recorded.map((r) => r.migration_name)).toEqual(files);
    for (const row of recorded) {
      const bytes = fs.readFileSync(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(bytes).digest("hex"));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.applied_steps_count).toBe(1);
      expect(row.rolled_back_at).toBeNull();
    }
  });

  it("applies nothing the second time", async () => {
    expect(await migrate(process.env.DATABASE_URL!)).toEqual([]);
  });

  it("refuses to run when an applied migration was edited afterwards", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "netdesk-migrations-"));
    for (const m of readMigrations()) {
      fs.mkdirSync(path.join(dir, m.name));
      fs.writeFileSync(path.join(dir, m.name, "migration.sql"), m.sql + "\n-- edited\n");
    }
    await expect(migrate(process.env.DATABASE_URL!, dir)).rejects.toThrow(/checksum/);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("applies each migration once when several instances start together, and leaves no lock behind", async () => {
    const name = `migrate_${randomUUID().replace(/-/g, "")}`;
    await createDatabaseIfMissing(inject("pgAdminUrl"), name);
    const url = new URL(inject("pgAdminUrl"));
    url.pathname = `/${name}`;
    const applied = await Promise.all([1, 2, 3].map(() => migrate(url.toString())));
    expect(applied.flat().sort()).toEqual(readMigrations().map((m) => m.name));
    // Transaction-scoped locks only: nothing stays held on a (possibly pooled) connection.
    const held = await rows(`SELECT 1 FROM pg_locks l JOIN pg_database d ON d.oid = l.database
      WHERE l.locktype = 'advisory' AND d.datname = '${name}'`);
    expect(held).toEqual([]);
  });
});
