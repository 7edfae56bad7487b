// The guarantee mails end to end through the outbox, the worker and a real SMTP server: the
// completion mail after issuance (and after an SMTP outage), and 発注者へ提出 with the PDF attached.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Logger, runOnce } from "graphile-worker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openAuthKey } from "@/lib/crypto/auth-key";
import { getPrisma } from "@/lib/db/client";
import { DEMO_APPLICATION_SUBMISSION_KEY } from "@/lib/db/seed-demo-application";
import { SEND_EMAIL_TASK } from "@/lib/mail/enqueue-mail";
import { createSmtpTransport } from "@/lib/mail/smtp-transport";
import { createSendEmailTask } from "@/lib/mail/worker/send-email-task";
import { acceptApplication } from "@/lib/server/applications/accept-application";
import { issueGuarantees } from "@/lib/server/guarantees/issue-guarantees";
import { issueKeySubmissionToken } from "@/lib/server/guarantees/issue-key-submission-token";
import { submitKeyToOrderingBody } from "@/lib/server/guarantees/submit-key-to-ordering-body";
import { loadActor } from "@/lib/server/load-actor";
import type { ContractorActor, StaffActor } from "@/lib/auth/actor";
import { copyOfFlyerApplication, seedAndStaff } from "../support/issue-fixtures";
import { type SmtpCatcher, startSmtpCatcher } from "../support/smtp-catcher";

const prisma = getPrisma();
const silent = new Logger(() => () => {});
let nagano: StaffActor;
let smtp: SmtpCatcher;

async function deliverQueued(smtpUrl: string) {
  // Jobs that failed before are due again now, not after graphile-worker's back-off.
  await prisma.$executeRaw`UPDATE graphile_worker._private_jobs SET run_at = now()`;
  const transport = createSmtpTransport(smtpUrl);
  await runOnce({
    connectionString: process.env.DATABASE_URL!,
    logger: silent,
    taskList: { [SEND_EMAIL_TASK]: createSendEmailTask({ prisma, transport, from: "Net Desk <no-reply@netdesk.example.jp>" }) },
  });
  transport.close();
}

async function keysOf(applicationId: string) {
  const guarantees = await prisma.guarantee.findMany({ where: { applicationId }, include: { authKey: true } });
  return guarantees.filter((g) => g.authKey).map((g) => openAuthKey(g.authKey!.keyCiphertext, g.id, g.authKey!.kekId));
}

beforeAll(async () => {
  ({ nagano } = await seedAndStaff());
  smtp = await startSmtpCatcher();
});
afterAll(() => smtp.stop());

describe("電子保証（認証キー）発行完了のお知らせ", () => {
  it("reaches the application's address in Japanese, text and HTML, with each number and its link, and no key", async () => {
    const flyer = await prisma.application.findUniqueOrThrow({ where: { submissionKey: DEMO_APPLICATION_SUBMISSION_KEY } });
    await acceptApplication({ applicationId: flyer.id, actor: nagano });
    const { guarantees } = await issueGuarantees({ applicationId: flyer.id, actor: nagano });
    await deliverQueued(smtp.url);

    expect(smtp.messages).toHaveLength(1);
    const mail = smtp.messages[0]!;
    expect(mail.subject).toBe("【Net Desk】電子保証（認証キー）発行完了のお知らせ");
    expect(mail.to && "text" in mail.to ? mail.to.text : "").toContain(flyer.notificationEmail!);
    for (const part of [mail.text!, mail.html as string]) {
      expect(part).toContain("〇〇建設 株式会社");
      expect(part).toContain("令和○年度 県単河川維持工事");
      for (const g of guarantees) {
        expect(part).toContain(g.contractNumber);
        expect(part).toContain(`/netdesk/guarantees/${g.id}`);
      }
    }
    const raw = `${mail.text}\n${mail.html}\n${mail.subject}`;
    for (const key of await keysOf(flyer.id)) expect(raw).not.toContain(key);
    const row = await prisma.emailOutbox.findFirstOrThrow({ where: { applicationId: flyer.id, kind: "COMPLETION" } });
    expect(row).toMatchObject({ status: "SENT", attempts: 1 });
    expect(mail.messageId).toBe(row.messageId);
  });

  it("is issued while SMTP is down, and arrives exactly once when SMTP is back", async () => {
    smtp.messages.length = 0;
    const applicationId = await copyOfFlyerApplication({ projectName: "SMTP停止中に発行する工事" });
    await smtp.stop();
    const { guarantees } = await issueGuarantees({ applicationId, actor: nagano });
    expect(guarantees).toHaveLength(2); // the issue itself does not depend on mail
    await deliverQueued(smtp.url);
    const waiting = await prisma.emailOutbox.findFirstOrThrow({ where: { applicationId, kind: "COMPLETION" } });
    expect(waiting).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(waiting.lastError).toBeTruthy();

    await smtp.start();
    await deliverQueued(smtp.url);
    await deliverQueued(smtp.url);
    const received = smtp.messages.filter((m) => m.text?.includes("SMTP停止中に発行する工事"));
    expect(received).toHaveLength(1);
    expect(await prisma.emailOutbox.findFirstOrThrow({ where: { id: waiting.id } })).toMatchObject({ status: "SENT", attempts: 2 });
  });
});

describe("発注者へ提出", () => {
  let guaranteeId: string;
  let contractor: ContractorActor;
  let key: string;
  let contractNumber: string;

  beforeAll(async () => {
    const applicationId = await copyOfFlyerApplication({ projectName: "認証キー提出確認工事", completionMailWanted: false });
    const { guarantees } = await issueGuarantees({ applicationId, actor: nagano });
    const advance = await prisma.guarantee.findFirstOrThrow({ where: { id: guarantees[0]!.id }, include: { authKey: true } });
    guaranteeId = advance.id;
    contractNumber = advance.contractNumber;
    key = openAuthKey(advance.authKey!.keyCiphertext, advance.id, advance.authKey!.kekId);
    contractor = await loadActor("CONTRACTOR", { email: "contractor@example.jp" });
  });

  it("mails the key notice PDF to the ordering body's registered address with the prescribed subject, once per form", async () => {
    smtp.messages.length = 0;
    const token = await issueKeySubmissionToken({ actor: contractor, guaranteeId });
    const first = await submitKeyToOrderingBody({ actor: contractor, guaranteeId, input: { to: "", submissionToken: token } });
    const again = await submitKeyToOrderingBody({ actor: contractor, guaranteeId, input: { to: "", submissionToken: token } });
    expect(again.outboxId).toBe(first.outboxId);
    expect(first.to).toBe("kensetsu@pref-nagano.example.jp");
    await deliverQueued(smtp.url);

    expect(smtp.messages).toHaveLength(1);
    const mail = smtp.messages[0]!;
    expect(mail.subject).toBe("前払金保証にかかる認証キー【認証キー提出確認工事】の提出について");
    expect(mail.text).toContain("長野県△△建設事務所長 ご担当者様");
    expect(mail.text).toContain(contractNumber);
    expect(mail.attachments).toHaveLength(1);
    const pdf = mail.attachments[0]!;
    expect(pdf.filename).toBe(`認証キーのお知らせ_${contractNumber}.pdf`);
    expect(pdf.contentType).toBe("application/pdf");
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "netdesk-att-")), "notice.pdf");
    fs.writeFileSync(file, pdf.content);
    const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
    expect(text).toContain(key);
    expect(text).toContain(contractNumber);
    expect(await prisma.auditEntry.count({ where: { action: "guarantee.submit-key", entityId: guaranteeId } })).toBe(1);
  });

  it("uses a department's address the contractor typed in the body's mail domain, and refuses a malformed one beside the field", async () => {
    const typed = await submitKeyToOrderingBody({
      actor: contractor,
      guaranteeId,
      input: { to: " Doboku-Ka@Pref-Nagano.Example.JP ", submissionToken: await issueKeySubmissionToken({ actor: contractor, guaranteeId }) },
    });
    expect(typed.to).toBe("doboku-ka@pref-nagano.example.jp");
    await expect(
      submitKeyToOrderingBody({ actor: contractor, guaranteeId, input: { to: "not-an-address", submissionToken: await issueKeySubmissionToken({ actor: contractor, guaranteeId }) } }),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { to: expect.stringContaining("メールアドレスの形式") } });
  });

  it("is not found for another company, whatever the id", async () => {
    const other = await loadActor("CONTRACTOR", { email: "contractor2@example.jp" }); // a user of △△工業 株式会社
    const before = await prisma.emailOutbox.count();
    await expect(
      submitKeyToOrderingBody({ actor: other, guaranteeId, input: { to: "", submissionToken: "6c4d0e5f-3041-4c7d-8e9f-1a2b3c4d5e6f" } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await prisma.emailOutbox.count()).toBe(before);
  });
});
