// The e-mail worker (graphile-worker task "send-email") against a real SMTP server started in
// the test: outage then recovery, permanent refusals, attachments, stable Message-ID.
import { Logger, makeWorkerUtils, runOnce } from "graphile-worker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import type { AttachmentRegistry } from "@/lib/mail/attachments";
import { enqueueMail, SEND_EMAIL_TASK } from "@/lib/mail/enqueue-mail";
import { createSmtpTransport } from "@/lib/mail/smtp-transport";
import { deliverOutboxMail } from "@/lib/mail/worker/deliver-outbox-mail";
import { createSendEmailTask } from "@/lib/mail/worker/send-email-task";
import { startMailWorker } from "@/lib/mail/worker/start-mail-worker";
import { type SmtpCatcher, startSmtpCatcher } from "../support/smtp-catcher";

const prisma = getPrisma();
const connectionString = process.env.DATABASE_URL!;
const FROM = "Net Desk <no-reply@netdesk.example.jp>";
const silent = new Logger(() => () => {});

const testRegistry: AttachmentRegistry = {
  "test-note": async (d) => ({ filename: `お知らせ_${String(d.no)}.txt`, content: Buffer.from("添付の本文"), contentType: "text/plain; charset=utf-8" }),
};

let mail = 0;
async function queue(extra: { attachments?: object } = {}) {
  mail += 1;
  return prisma.$transaction((tx) =>
    enqueueMail(tx, {
      kind: "COMPLETION",
      idempotencyKey: `worker-test:${mail}`,
      to: "kensetsu@example.jp",
      subject: "電子保証（認証キー）発行完了のお知らせ",
      text: "〇〇建設 株式会社 様\n工事名: 市道改良工事",
      html: "<p>〇〇建設 株式会社 様</p><p>工事名: 市道改良工事</p>",
      ...extra,
    }),
  );
}

async function runJobsOnce(smtpUrl: string, registry?: AttachmentRegistry) {
  const transport = createSmtpTransport(smtpUrl);
  await runOnce({
    connectionString,
    logger: silent,
    taskList: { [SEND_EMAIL_TASK]: createSendEmailTask({ prisma, transport, from: FROM, registry }) },
  });
  transport.close();
}

async function jobIdsFor(outboxId: string): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ id: bigint }[]>`
    SELECT id FROM graphile_worker._private_jobs WHERE payload->>'outboxId' = ${outboxId}`;
  return rows.map((r) => String(r.id));
}

describe("the e-mail worker", () => {
  let smtp: SmtpCatcher;
  beforeAll(async () => {
    smtp = await startSmtpCatcher();
  });
  afterAll(async () => {
    await smtp.stop();
  });

  it("delivers a mail queued while SMTP is down exactly once, when SMTP is back, with its stable Message-ID", async () => {
    await smtp.stop();
    const id = await queue();
    await runJobsOnce(smtp.url);

    let row = await prisma.emailOutbox.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 1, sentAt: null });
    expect(row.lastError).toMatch(/ECONNREFUSED|ESOCKET|ECONNECTION/);
    const [jobId] = await jobIdsFor(id);
    expect(jobId).toBeDefined(); // the job waits for its retry (graphile-worker back-off)

    await smtp.start();
    const utils = await makeWorkerUtils({ connectionString, logger: silent });
    await utils.rescheduleJobs([jobId!], { runAt: new Date() }); // do not wait out the back-off
    await runJobsOnce(smtp.url);

    row = await prisma.emailOutbox.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "SENT", attempts: 2, lastError: null });
    expect(row.sentAt).toBeInstanceOf(Date);
    expect(smtp.messages).toHaveLength(1);
    const received = smtp.messages[0]!;
    expect(received.messageId).toBe(row.messageId);
    expect(received.subject).toBe("電子保証（認証キー）発行完了のお知らせ");
    expect(received.text).toContain("工事名: 市道改良工事");
    expect(received.html).toContain("〇〇建設 株式会社 様");
    expect(received.from?.text).toContain("no-reply@netdesk.example.jp");
    expect(received.to && "text" in received.to ? received.to.text : "").toBe("kensetsu@example.jp");

    // The same mail queued again (a retried transaction, a duplicate job) is not sent again.
    await prisma.$transaction((tx) =>
      enqueueMail(tx, { kind: "COMPLETION", idempotencyKey: `worker-test:1`, to: "x@example.jp", subject: "s", text: "t", html: "h" }),
    );
    await runJobsOnce(smtp.url);
    const again = await deliverOutboxMail({ prisma, transport: createSmtpTransport(smtp.url), from: FROM }, { outboxId: id, finalAttempt: false });
    expect(again.status).toBe("ALREADY_DONE");
    expect(smtp.messages.filter((m) => m.messageId === row.messageId)).toHaveLength(1);
    await utils.release();
  });

  it("records a permanent refusal (SMTP 550) as FAILED with the server's answer, and does not retry", async () => {
    const refusing = await startSmtpCatcher({ rejectRecipients: true });
    const id = await queue();
    await runJobsOnce(refusing.url);
    const row = await prisma.emailOutbox.findUniqueOrThrow({ where: { id } });
    // The row itself in the message: if this ever fails, the recorded error says why.
    expect(row, JSON.stringify(row)).toMatchObject({ status: "FAILED", attempts: 1, sentAt: null });
    expect(row.lastError).toContain("550");
    expect(await jobIdsFor(id)).toEqual([]);
    expect(refusing.messages).toHaveLength(0);
    await refusing.stop();
  });

  it("gives up with FAILED after the last attempt when SMTP stays down", async () => {
    await smtp.stop();
    const id = await queue();
    const outcome = await deliverOutboxMail({ prisma, transport: createSmtpTransport(smtp.url), from: FROM }, { outboxId: id, finalAttempt: true });
    expect(outcome.status).toBe("FAILED");
    expect(await prisma.emailOutbox.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "FAILED", attempts: 1 });
    await smtp.start();
  });

  it("rebuilds described attachments at send time; an unknown kind is a permanent failure", async () => {
    const before = smtp.messages.length;
    const withNote = await queue({ attachments: [{ kind: "test-note", no: 7 }] });
    const unknown = await queue({ attachments: [{ kind: "no-such-builder" }] });
    await runJobsOnce(smtp.url, testRegistry);

    expect(await prisma.emailOutbox.findUniqueOrThrow({ where: { id: withNote } })).toMatchObject({ status: "SENT" });
    const failed = await prisma.emailOutbox.findUniqueOrThrow({ where: { id: unknown } });
    expect(failed.status).toBe("FAILED");
    expect(failed.lastError).toContain("no-such-builder");
    expect(smtp.messages).toHaveLength(before + 1);
    const [attachment] = smtp.messages.at(-1)!.attachments;
    expect(attachment?.filename).toBe("お知らせ_7.txt");
    expect(attachment?.content.toString("utf8")).toBe("添付の本文");
  });

  it("runs inside a process: startMailWorker picks a queued mail up and stop() ends it", async () => {
    const worker = await startMailWorker({ connectionString, smtpUrl: smtp.url, from: FROM, concurrency: 1 });
    const before = smtp.messages.length;
    const id = await queue();
    const deadline = Date.now() + 15_000;
    while ((await prisma.emailOutbox.findUniqueOrThrow({ where: { id } })).status !== "SENT") {
      if (Date.now() > deadline) throw new Error("the worker did not send the mail within 15 s");
      await new Promise((r) => setTimeout(r, 100));
    }
    await worker.stop();
    expect(smtp.messages).toHaveLength(before + 1);
  });
});
