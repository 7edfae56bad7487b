// The e-mail worker (graphile-worker task "send-email") against a real SMTP server started in
// the test: outage then recovery, permanent refusals, attachments, stable Message-ID; and an hour of
// outage for the second round's mails, as staff see it and as the recipients finally receive them.
import { Logger, makeWorkerUtils, runOnce } from "graphile-worker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import type { AttachmentRegistry } from "@/lib/mail/attachments";
import { enqueueMail, SEND_EMAIL_TASK } from "@/lib/mail/enqueue-mail";
import { createSmtpTransport } from "@/lib/mail/smtp-transport";
import { deliverOutboxMail } from "@/lib/mail/worker/deliver-outbox-mail";
import { createSendEmailTask } from "@/lib/mail/worker/send-email-task";
import { startMailWorker } from "@/lib/mail/worker/start-mail-worker";
import { randomUUID } from "node:crypto";
import type { BankActor, ContractorActor, StaffActor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/db/client";
import { MAIL_KIND_LABEL } from "@/lib/domain/mail-labels";
import { isoOfYmd, todayInJapan } from "@/lib/domain/wareki";
import { setReminderDigest } from "@/lib/server/accounts/set-reminder-digest";
import { acceptApplication } from "@/lib/server/applications/accept-application";
import { getBranchApplication } from "@/lib/server/applications/get-branch-application";
import { submitIntermediateApplication } from "@/lib/server/bond/submit-intermediate-application";
import { getStaffDashboard } from "@/lib/server/dashboard/get-staff-dashboard";
import { recordFeesReceived } from "@/lib/server/fees/record-fees-received";
import { issueGuarantees } from "@/lib/server/guarantees/issue-guarantees";
import { issueKeySubmissionToken } from "@/lib/server/guarantees/issue-key-submission-token";
import { submitKeyToOrderingBody } from "@/lib/server/guarantees/submit-key-to-ordering-body";
import { saveAdvanceInvoice } from "@/lib/server/invoices/save-advance-invoice";
import { loadActor } from "@/lib/server/load-actor";
import { listBranchFailedMails } from "@/lib/server/mail/list-branch-failed-mails";
import { listMailStatus } from "@/lib/server/mail/list-mail-status";
import { getBankPayoutRequest } from "@/lib/server/payouts/get-bank-payout-request";
import { getPayoutRequestEditor } from "@/lib/server/payouts/get-payout-request-editor";
import { payPayoutLine } from "@/lib/server/payouts/pay-payout-line";
import { returnPayoutLine } from "@/lib/server/payouts/return-payout-line";
import { submitPayoutRequest } from "@/lib/server/payouts/submit-payout-request";
import { queueReminderDigests } from "@/lib/server/reminders/queue-reminder-digests";
import { approveUsagePlan } from "@/lib/server/usage-plans/approve-usage-plan";
import { saveUsagePlanDraft } from "@/lib/server/usage-plans/save-usage-plan-draft";
import { submitUsagePlan } from "@/lib/server/usage-plans/submit-usage-plan";
import { flyerIntermediateForm } from "../support/flyer-application";
import { REQUEST, seedAndStaff } from "../support/issue-fixtures";
import { issueTestGuarantees } from "../support/issued-guarantees";
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
  await jobsReleased();
}

/**
 * graphile-worker records a job's outcome (deletes it, or unlocks it with its next run_at) just after the task
 * settles, and runOnce may resolve before that write: wait for it, so the test reads and moves jobs as the
 * worker left them (a job still locked is not rescheduled, and would miss the next pass).
 */
async function jobsReleased() {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const [row] = await prisma.$queryRaw<{ locked: bigint }[]>`SELECT count(*) AS locked FROM graphile_worker._private_jobs WHERE locked_at IS NOT NULL`;
    if (row!.locked === 0n) return;
    if (Date.now() > deadline) throw new Error("graphile-worker left jobs locked for 10 s after runOnce");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
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

// The mails of the second round, each queued by the use case that sends it: 発行完了 of a 中間前払金保証,
// 発注者へ提出 with the 前払金請求書 PDF beside the key notice, 払出済 and 差戻し of a 預託金払出依頼書, and the
// weekly 保証申込のお勧め. (保証料計算書 are not e-mailed: the contractor downloads them from 保証料計算書一覧,
// and staff post the paper ones, so there is no fee-statement mail to queue.)
describe("an hour of SMTP outage, for the mails of the second round", () => {
  const HOUR = 3600;
  let smtp: SmtpCatcher;
  let nagano: StaffActor;
  let shizuoka: StaffActor;
  let contractor: ContractorActor;
  let bank: BankActor;

  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    ({ nagano, shizuoka } = await seedAndStaff());
    contractor = await loadActor("CONTRACTOR", { email: "contractor@example.jp" });
    bank = await loadActor("BANK_USER", { email: "bank@example.jp" });
  });
  afterAll(async () => {
    await smtp.stop();
  });

  /** Queues the new kinds through their use cases; answers the outbox ids of what it queued, by what they are. */
  async function queueSecondRoundMails() {
    const { guarantees } = await issueTestGuarantees({ projectName: "メール障害 通しの工事" });
    const advanceId = guarantees.find((g) => g.kind === "ADVANCE")!.id;

    // 中間前払金保証: applied for, accepted, 入金確認, issued → its 発行完了のお知らせ.
    const intermediate = await submitIntermediateApplication({ actor: contractor, parentGuaranteeId: advanceId, input: flyerIntermediateForm(), submissionKey: randomUUID(), request: REQUEST });
    await acceptApplication({ applicationId: intermediate.applicationId, actor: nagano, request: REQUEST });
    await recordFeesReceived({ actor: nagano, applicationId: intermediate.applicationId });
    const { guarantees: [issuedIntermediate] } = await issueGuarantees({ applicationId: intermediate.applicationId, actor: nagano, request: REQUEST });

    // 発注者へ提出 with the 前払金請求書 attached.
    await prisma.orderingBody.update({ where: { name: "長野県△△建設事務所長" }, data: { keySubmissionEmail: "keiyaku@pref.example.jp" } });
    await saveAdvanceInvoice({ actor: contractor, guaranteeId: advanceId, input: INVOICE });
    const submissionToken = await issueKeySubmissionToken({ actor: contractor, guaranteeId: advanceId });
    const submission = await submitKeyToOrderingBody({ actor: contractor, guaranteeId: advanceId, input: { to: "", submissionToken, attachInvoice: "on" }, request: REQUEST });

    // 預託金払出依頼書 on the approved 明細書: the bank pays one line and returns the other → two 払出のお知らせ.
    const plan = await saveUsagePlanDraft({ actor: contractor, guaranteeId: advanceId, basis: { versionId: "", revision: 0, basedOn: "" }, input: PLAN });
    await submitUsagePlan({ actor: contractor, planId: plan.planId, basis: plan });
    await approveUsagePlan({ actor: nagano, planId: plan.planId, versionId: plan.versionId });
    const [material, labor] = (await getPayoutRequestEditor({ actor: contractor, planId: plan.planId })).lines;
    const { requestId } = await submitPayoutRequest({ actor: contractor, planId: plan.planId, input: { lines: [payoutLine(material!.itemId), payoutLine(labor!.itemId)] }, request: REQUEST });
    const [paidLine, returnedLine] = (await getBankPayoutRequest({ actor: bank, requestId })).lines;
    await payPayoutLine({ actor: bank, lineId: paidLine!.id, input: { paidOn: isoOfYmd(todayInJapan()), paidAmount: "1,000,000" }, request: REQUEST });
    await returnPayoutLine({ actor: bank, lineId: returnedLine!.id, input: { reason: "請求書の写しを書類送信でお送りください。" }, request: REQUEST });

    // 保証申込のお勧め: the company opts in; the weekly task queues its digest.
    await setReminderDigest({ actor: contractor, input: { reminderDigestWanted: "on" }, request: REQUEST });
    expect(await queueReminderDigests()).toBe(1);

    const idOf = (where: Prisma.EmailOutboxWhereInput) => prisma.emailOutbox.findFirstOrThrow({ where, select: { id: true } }).then((r) => r.id);
    return {
      intermediateApplicationId: intermediate.applicationId,
      intermediateContractNumber: issuedIntermediate!.contractNumber,
      ids: {
        intermediateCompletion: await idOf({ kind: "COMPLETION", applicationId: intermediate.applicationId }),
        keySubmissionWithInvoice: submission.outboxId,
        payoutPaid: await idOf({ idempotencyKey: `payout:${paidLine!.id}` }),
        payoutReturned: await idOf({ idempotencyKey: `payout:${returnedLine!.id}` }),
        reminderDigest: await idOf({ kind: "REMINDER_DIGEST" }),
      },
    };
  }

  /** Seconds until each job's next attempt, as graphile-worker scheduled it after the last failure. */
  async function secondsToNextAttempt(jobIds: string[]): Promise<number> {
    const [row] = await prisma.$queryRaw<{ seconds: number }[]>`
      SELECT max(extract(epoch FROM run_at - now()))::float8 AS seconds FROM graphile_worker._private_jobs WHERE id = ANY(${jobIds.map(BigInt)}::bigint[])`;
    return row!.seconds;
  }

  it("the worker retries on its own schedule, staff see each mail waiting with the error, and each arrives once when SMTP is back", async () => {
    await smtp.stop();
    const before = new Set((await prisma.emailOutbox.findMany({ select: { id: true } })).map((r) => r.id));
    const { ids, intermediateApplicationId, intermediateContractNumber } = await queueSecondRoundMails();
    // Everything this test queued (the parent guarantee's own 発行完了 too), each with its job.
    const queued = (await prisma.emailOutbox.findMany({ select: { id: true } })).map((r) => r.id).filter((id) => !before.has(id));
    expect(queued).toEqual(expect.arrayContaining(Object.values(ids)));
    const jobIds = (await Promise.all(queued.map(jobIdsFor))).flat();
    expect(jobIds).toHaveLength(queued.length);

    // The hour: run every due attempt (each fails: connection refused), read when graphile-worker will try
    // again, and play that wait out by moving the jobs' run_at instead of sleeping.
    const utils = await makeWorkerUtils({ connectionString, logger: silent });
    const waits: number[] = [];
    let clock = 0; // seconds since the mails were queued, on the worker's schedule
    while (clock < HOUR) {
      await runJobsOnce(smtp.url);
      const wait = await secondsToNextAttempt(jobIds);
      waits.push(wait);
      clock += wait;
      await utils.rescheduleJobs(jobIds, { runAt: new Date() });
    }
    // exp(min(attempt, 10)) seconds: 3, 7, 20, 55, 148, 403, 1097, then 2981 — the 8th attempt is 29 minutes in
    // and the 9th, 78 minutes in, is the first after the hour.
    // (Each wait is read a moment after the failure, so it is a little short of the scheduled one.)
    expect(waits).toHaveLength(8);
    waits.forEach((wait, i) => {
      const scheduled = Math.exp(Math.min(i + 1, 10));
      expect(wait).toBeLessThanOrEqual(scheduled + 0.01);
      expect(wait).toBeGreaterThan(scheduled - 2);
    });

    for (const id of queued) {
      const row = await prisma.emailOutbox.findUniqueOrThrow({ where: { id } });
      expect(row, JSON.stringify(row)).toMatchObject({ status: "PENDING", attempts: 8, sentAt: null });
      expect(row.lastError).toMatch(/ECONNREFUSED|ESOCKET|ECONNECTION/);
    }
    expect(smtp.messages).toHaveLength(0);

    // Staff of 長野支店 see every one of them waiting, with the error, on 送信に失敗したメール and its counter;
    // 静岡支店 sees only the company-wide digest (companies are shared by every branch).
    const atNagano = await listBranchFailedMails({ actor: nagano });
    expect(atNagano.failed).toEqual([]);
    expect(atNagano.retrying.map((m) => m.id).sort()).toEqual([...queued].sort());
    expect(new Set(atNagano.retrying.map((m) => MAIL_KIND_LABEL[m.kind]))).toEqual(new Set(["発行完了のお知らせ", "発注者への提出", "払出のお知らせ", "保証申込のお勧め（毎週）"]));
    expect(atNagano.retrying.every((m) => m.attempts === 8 && /ECONNREFUSED|ESOCKET|ECONNECTION/.test(m.lastError ?? ""))).toBe(true);
    const countersOf = async (actor: StaffActor) => Object.fromEntries((await getStaffDashboard({ actor })).map((c) => [c.id, c.count]));
    expect(await countersOf(nagano)).toMatchObject({ "retrying-mails": queued.length, "failed-mails": 0 });
    expect((await listBranchFailedMails({ actor: shizuoka })).retrying.map((m) => m.id)).toEqual([ids.reminderDigest]);
    // The 中間前払金保証's application page (送信状況) says the same: 再送待ち with the error.
    const { application } = await getBranchApplication({ actor: nagano, applicationId: intermediateApplicationId });
    const onPage = await listMailStatus({ applicationId: application.id, guaranteeIds: application.guarantees.map((g) => g.id) });
    expect(onPage.map((m) => [m.id, m.status, m.attempts])).toEqual([[ids.intermediateCompletion, "PENDING", 8]]);

    // SMTP is back: the 9th attempt delivers each mail, once.
    await smtp.start();
    await runJobsOnce(smtp.url);
    await runJobsOnce(smtp.url); // a second pass finds nothing left to send
    const rows = await prisma.emailOutbox.findMany({ where: { id: { in: queued } } });
    for (const row of rows) {
      expect(row, JSON.stringify(row)).toMatchObject({ status: "SENT", attempts: 9, lastError: null });
      expect(smtp.messages.filter((m) => m.messageId === row.messageId)).toHaveLength(1);
    }
    expect(smtp.messages).toHaveLength(queued.length);
    expect(await listBranchFailedMails({ actor: nagano })).toEqual({ failed: [], retrying: [] });
    expect(await countersOf(nagano)).toMatchObject({ "retrying-mails": 0, "failed-mails": 0 });

    const received = (id: string) => smtp.messages.find((m) => m.messageId === rows.find((r) => r.id === id)!.messageId)!;
    expect(received(ids.intermediateCompletion).text).toContain(intermediateContractNumber);
    const submission = received(ids.keySubmissionWithInvoice);
    expect(submission.attachments.map((a) => [a.filename, a.contentType])).toEqual([
      [expect.stringMatching(/^認証キーのお知らせ_/), "application/pdf"],
      [expect.stringMatching(/^前払金請求書_/), "application/pdf"],
    ]);
    for (const file of submission.attachments) expect(file.content.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(received(ids.payoutPaid).subject).toContain("払出が完了しました");
    expect(received(ids.payoutPaid).text).toContain("払出額: 1,000,000円");
    expect(received(ids.payoutReturned).subject).toContain("払出依頼が差し戻されました");
    expect(received(ids.payoutReturned).text).toContain("請求書の写しを書類送信でお送りください。");
    const digestTo = received(ids.reminderDigest).to;
    expect(digestTo && "text" in digestTo ? digestTo.text : "").toBe((await prisma.contractorCompany.findUniqueOrThrow({ where: { id: contractor.companyId } })).email);
    await utils.release();
  });
});

const INVOICE = { invoiceDate: "２０２６０１０５", accountType: "普通", accountNumber: "1234567", accountHolder: "ﾏﾙﾏﾙｹﾝｾﾂ(ｶ" };
const planLine = (over: Record<string, string>) => ({
  category: "MATERIAL", detail: "生コンクリート", quantity: "一式", totalAmount: "30,000,000", advanceAmount: "12,000,000",
  payoutMethod: "TRANSFER", scheduledMonth: "2026-12", payeeKind: "MATERIAL", payee: "株式会社 信濃生コン", ...over,
});
/** The flyer's 20,000,000円 前払金: 材料費 12,000,000 and 労務費 8,000,000, both with their 支払先. */
const PLAN = { workType: "CONSTRUCTION", lines: [planLine({}), planLine({ category: "LABOR", detail: "", totalAmount: "10,000,000", advanceAmount: "8,000,000", payeeKind: "SUBCONTRACTOR", payee: "〇〇工務店" })] };
const payoutLine = (itemId: string) => ({ itemId, payoutMethod: "TRANSFER", amount: "1,000,000", bankName: "〇〇銀行", bankBranchName: "××支店", accountType: "普通", accountNumber: "1234567", accountHolderKana: "ｶ)ｼﾅﾉﾅﾏｺﾝ" });
