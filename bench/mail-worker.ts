// Mail worker throughput: 2,000 mails queued in the outbox (rows + graphile-worker jobs, as enqueueMail
// queues them inside a change's transaction), then two `npm run worker` processes started on the same
// database deliver them into a local SMTP server (npm smtp-server). Throughput is counted from the
// first to the last delivery the server received; duplicates by Message-ID at the server and rows
// not SENT are counted too. Goal: ≥ 50 mails/s with two workers, zero duplicates.
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { getPrisma } from "@/lib/db/client";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { startSmtpCatcher } from "@/tests/support/smtp-catcher";
import { ensureTestSecrets } from "@/tests/support/test-secrets";
import { withScratchDatabase } from "./scratch-database";

const MAILS = 2000;
const WORKERS = 2;

function startWorker(env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], { env, stdio: ["ignore", "ignore", "inherit"] });
}

export async function benchMailWorker(): Promise<string> {
  ensureTestSecrets();
  return withScratchDatabase("mail", async (url) => {
    const smtp = await startSmtpCatcher();
    const arrivals: number[] = [];
    const push = smtp.messages.push.bind(smtp.messages);
    smtp.messages.push = (...items) => {
      for (let i = 0; i < items.length; i++) arrivals.push(performance.now());
      return push(...items);
    };
    const prisma = getPrisma();
    for (let batch = 0; batch < MAILS / 100; batch++) {
      await prisma.$transaction(async (tx) => {
        for (let i = 0; i < 100; i++) {
          const n = batch * 100 + i;
          await enqueueMail(tx, {
            kind: "COMPLETION",
            idempotencyKey: `bench-mail-${n}-${randomUUID()}`,
            to: `user${n}@example.jp`,
            subject: `電子保証（認証キー）発行完了のお知らせ ${n}`,
            text: `ベンチマーク用のメール ${n}\n`.repeat(20),
            html: `<p>ベンチマーク用のメール ${n}</p>`.repeat(20),
          });
        }
      });
    }
    const env = { ...process.env, DATABASE_URL: url, SMTP_URL: smtp.url, MAIL_FROM: "netdesk@example.jp", DEMO: "0" };
    const workers = Array.from({ length: WORKERS }, () => startWorker(env));
    try {
      const deadline = Date.now() + 300_000;
      while (smtp.messages.length < MAILS && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, 2000)); // a late duplicate would arrive meanwhile
    } finally {
      for (const worker of workers) worker.kill("SIGTERM");
      await Promise.all(workers.map((w) => new Promise((r) => (w.exitCode !== null ? r(null) : w.once("exit", r)))));
      await smtp.stop();
    }
    const ids = smtp.messages.map((m) => m.messageId);
    const duplicates = ids.length - new Set(ids).size;
    const notSent = await prisma.emailOutbox.count({ where: { status: { not: "SENT" } } });
    const seconds = (arrivals[arrivals.length - 1]! - arrivals[0]!) / 1000;
    const perSecond = (arrivals.length - 1) / seconds;
    return [
      "## Mail worker (送信ワーカー)",
      "",
      `${MAILS.toLocaleString("en")} mails queued in the outbox of a throw-away database, then ${WORKERS} \`npm run worker\` processes (graphile-worker, concurrency 4 each, pooled SMTP connections) deliver them into a local SMTP server; counted at the server from the first arrival to the last.`,
      "",
      "| measure | value | goal | met |",
      "|---|---|---|---|",
      `| mails delivered per second | ${perSecond.toFixed(0)} | ≥ 50 | ${perSecond >= 50 ? "yes" : "NO"} |`,
      `| mails received / queued | ${arrivals.length} / ${MAILS} | all | ${arrivals.length === MAILS ? "yes" : "NO"} |`,
      `| duplicates at the server (same Message-ID) | ${duplicates} | 0 | ${duplicates === 0 ? "yes" : "NO"} |`,
      `| outbox rows not SENT afterwards | ${notSent} | 0 | ${notSent === 0 ? "yes" : "NO"} |`,
      "",
    ].join("\n");
  });
}
