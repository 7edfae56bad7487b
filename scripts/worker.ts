// `npm run worker`: the e-mail worker alone, for deployments that run it apart from the web
// servers (set MAIL_WORKER=0 on those). Needs DATABASE_URL, SMTP_URL, MAIL_FROM and the same
// secrets as the server (attachments such as the key-notice PDF read sealed 認証キー).
import path from "node:path";
import { getConfig } from "@/lib/config";
import { migrateWorkerSchema } from "@/lib/db/migrate-worker";
import { startMailWorker } from "@/lib/mail/worker/start-mail-worker";
import { loadDemoSecrets, missingSecrets } from "@/lib/runtime/secrets";

const log = (message: string) => console.log(`[netdesk worker] ${message}`);

async function main() {
  if (!process.env.DATABASE_URL) {
    console.error("[netdesk worker] DATABASE_URL が必要です（npm start と同じデータベースを指定してください）。");
    process.exit(1);
  }
  if (process.env.DEMO === "1") loadDemoSecrets(path.resolve(process.env.DATA_DIR ?? ".data"));
  const missing = missingSecrets();
  if (missing.length) {
    console.error(`[netdesk worker] 次の環境変数が必要です: ${missing.join(", ")}`);
    process.exit(1);
  }
  if (process.env.DEMO !== "1" && !process.env.SMTP_URL?.trim()) {
    console.error("[netdesk worker] SMTP_URL（送信メールサーバー）が必要です。");
    process.exit(1);
  }
  const config = getConfig();
  if (!config.SMTP_URL) log("SMTP_URL が未設定です。メールは送信待ちのまま保存され、設定後に送信されます。");
  await migrateWorkerSchema(config.DATABASE_URL);
  const worker = await startMailWorker({ connectionString: config.DATABASE_URL, smtpUrl: config.SMTP_URL, from: config.MAIL_FROM });
  log("メール送信ワーカーを起動しました。停止するには Ctrl-C を押してください。");

  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    await worker.stop().catch((e) => console.error(e));
    log("停止しました。");
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown());
  process.on("SIGTERM", () => void shutdown());
}

main().catch((error) => {
  console.error("[netdesk worker] 起動できませんでした:", error instanceof Error ? error.message : error);
  process.exit(1);
});
