// A comparable description of a PostgreSQL schema, from the catalogs.
import pg from "pg";

export type SchemaDescription = {
  enums: string[];
  columns: string[];
  indexes: string[];
  keys: string[]; // primary, unique and foreign keys
  checks: string[];
  triggers: string[];
};

const IGNORED_TABLE = "_prisma_migrations";

export async function describeSchema(url: string): Promise<SchemaDescription> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const q = async (sql: string) => (await client.query<{ d: string }>(sql)).rows.map((r) => r.d).sort();
    return {
      enums: await q(`SELECT t.typname || ': ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS d
                      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
                      JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' GROUP BY t.typname`),
      columns: await q(`SELECT concat_ws(' | ', table_name, column_name, udt_name, character_maximum_length,
                               datetime_precision, is_nullable, column_default) AS d
                        FROM information_schema.columns
                        WHERE table_schema = 'public' AND table_name <> '${IGNORED_TABLE}'`),
      indexes: await q(`SELECT indexdef AS d FROM pg_indexes
                        WHERE schemaname = 'public' AND tablename <> '${IGNORED_TABLE}'`),
      keys: await q(`SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) AS d
                     FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND contype IN ('p', 'u', 'f')
                     AND conrelid::regclass::text <> '"${IGNORED_TABLE}"' AND conrelid::regclass::text <> '${IGNORED_TABLE}'`),
      checks: await q(`SELECT conrelid::regclass || ' ' || conname AS d FROM pg_constraint
                       WHERE connamespace = 'public'::regnamespace AND contype = 'c'`),
      triggers: await q(`SELECT tgrelid::regclass || ' ' || tgname AS d FROM pg_trigger t
                         JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                         WHERE NOT t.tgisinternal AND n.nspname = 'public'`),
    };
  } finally {
    await client.end();
  }
}
