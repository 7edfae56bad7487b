// Applies prisma/migrations/*/migration.sql without the Prisma CLI (its schema engine
// cannot be downloaded here) and records each in _prisma_migrations exactly as
// `prisma migrate deploy` does, so that command sees them as applied elsewhere.
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

export const MIGRATIONS_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "prisma", "migrations");

// An arbitrary constant: two instances starting together apply migrations one at a time. The lock
// is transaction-scoped (taken again in each migration's transaction), so it is also safe through a
// pooler in transaction mode (PgBouncer), where a session lock could stay behind on a pooled server
// connection and block every later start-up.
const MIGRATION_LOCK_ID = 72_707_071;

const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum"            VARCHAR(64) NOT NULL,
  "finished_at"         TIMESTAMPTZ,
  "migration_name"      VARCHAR(255) NOT NULL,
  "logs"                TEXT,
  "rolled_back_at"      TIMESTAMPTZ,
  "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export type Migration = { name: string; sql: string; checksum: string };

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const bytes = fs.readFileSync(path.join(dir, name, "migration.sql"));
      return { name, sql: bytes.toString("utf8"), checksum: createHash("sha256").update(bytes).digest("hex") };
    });
}

/** Applies every migration not yet recorded; returns the names applied. */
export async function migrate(databaseUrl: string, dir = MIGRATIONS_DIR): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const done: string[] = [];
    for (const migration of readMigrations(dir)) {
      if (await applyOnce(client, migration)) done.push(migration.name);
    }
    return done;
  } finally {
    await client.end();
  }
}

/** One transaction per migration: lock, check whether it is recorded (and unchanged), apply and record it. */
async function applyOnce(client: pg.Client, migration: Migration): Promise<boolean> {
  await client.query("BEGIN");
  try {
    await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK_ID]);
    await client.query(CREATE_MIGRATIONS_TABLE);
    const { rows } = await client.query<{ checksum: string }>(
      `SELECT checksum FROM "_prisma_migrations"
       WHERE migration_name = $1 AND finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      [migration.name],
    );
    if (rows.length > 0) {
      if (rows.every((r) => r.checksum !== migration.checksum)) {
        throw new Error(`適用済みのマイグレーション ${migration.name} が変更されています (checksum が一致しません)`);
      }
      await client.query("COMMIT");
      return false;
    }
    try {
      await client.query(migration.sql);
    } catch (error) {
      throw new Error(`マイグレーション ${migration.name} に失敗しました: ${(error as Error).message}`);
    }
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), now(), 1)`,
      [randomUUID(), migration.checksum, migration.name],
    );
    await client.query("COMMIT");
    return true;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}
