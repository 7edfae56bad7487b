// `npm run restore -- <archive>`: restores a backup of `npm run backup` into DATA_DIR (default .data),
// which must hold no database yet, then starts PostgreSQL there once so it replays the backup's WAL
// and reports what it holds. `npm start` with the same DATA_DIR then runs the restored portal.
import path from "node:path";
import pg from "pg";
import { restoreBaseBackup } from "@/lib/db/base-backup";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";

const log = (message: string) => console.log(`[netdesk restore] ${message}`);

async function main() {
  const archive = process.argv[2];
  if (!archive) {
    console.error("[netdesk restore] 使い方: npm run restore -- <バックアップファイル>（復元先は DATA_DIR、既定は .data）");
    process.exit(1);
  }
  const dataDir = path.resolve(process.env.DATA_DIR ?? ".data");
  const manifest = restoreBaseBackup({ archive, dataDir });
  log(`${manifest.createdAt} のバックアップ（PostgreSQL ${manifest.serverVersion}）を ${dataDir} に展開しました。`);
  const server = await startEmbeddedPostgres({ dataDir, log });
  const client = new pg.Client({ connectionString: server.url("netdesk") });
  try {
    await client.connect();
    const { rows } = await client.query<{ guarantees: string; applications: string }>(
      `SELECT (SELECT count(*) FROM "Guarantee")::text AS guarantees, (SELECT count(*) FROM "Application")::text AS applications`,
    );
    log(`復元しました: 保証 ${rows[0]!.guarantees} 件、申込 ${rows[0]!.applications} 件。npm start で起動できます。`);
  } finally {
    await client.end();
    await server.stop();
  }
}

main().catch((error) => {
  console.error("[netdesk restore] 失敗しました:", error instanceof Error ? error.message : error);
  process.exit(1);
});
