// `npm run backup [-- --out <file>]`: an online backup of the demo portal's embedded PostgreSQL (under
// DATA_DIR, default .data) with PostgreSQL's base-backup API (lib/db/base-backup.ts), while the portal
// runs or not, into backups/netdesk-<time>.tar.gz. The demo secrets travel in the archive (the demo
// generates them; without KEY_ENCRYPTION_KEY the sealed 認証キー cannot be read again). With DATABASE_URL
// set, back the server up with its own tools: docs/DEPLOYMENT.md, 「バックアップと復元」.
import path from "node:path";
import { takeBaseBackup } from "@/lib/db/base-backup";
import { runningServerUrl, startEmbeddedPostgres } from "@/lib/db/embedded-postgres";

const log = (message: string) => console.log(`[netdesk backup] ${message}`);

function outFileFrom(argv: string[]): string {
  const at = argv.indexOf("--out");
  if (at >= 0 && argv[at + 1]) return path.resolve(argv[at + 1]!);
  const stamp = new Date().toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
  return path.resolve("backups", `netdesk-${stamp}.tar.gz`);
}

async function main() {
  if (process.env.DATABASE_URL) {
    console.error("[netdesk backup] DATABASE_URL のデータベースは、そのサーバーのバックアップ機能（pg_basebackup と WAL アーカイブ、またはマネージドサービスのスナップショット）で取得してください（docs/DEPLOYMENT.md「バックアップと復元」）。");
    process.exit(1);
  }
  const dataDir = path.resolve(process.env.DATA_DIR ?? ".data");
  const outFile = outFileFrom(process.argv.slice(2));
  const running = runningServerUrl(dataDir, "postgres");
  const server = running ? null : await startEmbeddedPostgres({ dataDir, log });
  try {
    log(running ? "稼働中のポータルのデータベースをバックアップします…" : "データベースを起動してバックアップします…");
    const manifest = await takeBaseBackup({
      url: running ?? server!.url("postgres"),
      dataDir,
      pgData: path.join(dataDir, "postgres"),
      outFile,
      demoFiles: ["postgres-password", "secrets.json"],
    });
    log(`完了しました: ${outFile}（PostgreSQL ${manifest.serverVersion}、WAL 位置 ${manifest.stopLsn}）`);
    log("この中にはデモの秘密鍵（secrets.json）も含まれます。第三者に渡さないでください。");
  } finally {
    await server?.stop();
  }
}

main().catch((error) => {
  console.error("[netdesk backup] 失敗しました:", error instanceof Error ? error.message : error);
  process.exit(1);
});
