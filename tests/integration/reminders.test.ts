// 保証申込のお勧め against real rows: each reminder appears from the records, disappears when the thing is
// done, and 「表示しない」 is scoped to the actor's company and written once however often it is pressed.
import { beforeAll, describe, expect, it } from "vitest";
import type { ContractorActor, StaffActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { dateOfYmd, todayInJapan } from "@/lib/domain/wareki";
import { amendGuarantee } from "@/lib/server/guarantees/amend-guarantee";
import { issueGuarantees } from "@/lib/server/guarantees/issue-guarantees";
import { issueKeySubmissionToken } from "@/lib/server/guarantees/issue-key-submission-token";
import { submitKeyToOrderingBody } from "@/lib/server/guarantees/submit-key-to-ordering-body";
import { loadActor } from "@/lib/server/load-actor";
import { dismissReminder } from "@/lib/server/reminders/dismiss-reminder";
import { listContractorReminders } from "@/lib/server/reminders/list-contractor-reminders";
import { queueReminderDigests, weekOf } from "@/lib/server/reminders/queue-reminder-digests";
import { setReminderDigest } from "@/lib/server/accounts/set-reminder-digest";
import { copyOfFlyerApplication, errorOf, REQUEST, seedAndStaff } from "../support/issue-fixtures";

const prisma = getPrisma();
let nagano: StaffActor;
let contractor: ContractorActor;
let otherContractor: ContractorActor;

const DAY = 86_400_000;
const isoDaysFromToday = (days: number) => new Date(dateOfYmd(todayInJapan()).getTime() + days * DAY).toISOString().slice(0, 10);

async function issue(overrides: Parameters<typeof copyOfFlyerApplication>[0] = {}) {
  const applicationId = await copyOfFlyerApplication({ completionMailWanted: false, ...overrides });
  const { guarantees } = await issueGuarantees({ applicationId, actor: nagano });
  return guarantees;
}

const keysOf = async (actor: ContractorActor, kind?: string) =>
  (await listContractorReminders({ actor })).filter((r) => !kind || r.kind === kind).map((r) => r.key);

beforeAll(async () => {
  ({ nagano } = await seedAndStaff());
  contractor = await loadActor("CONTRACTOR", { email: "contractor@example.jp" });
  otherContractor = await loadActor("CONTRACTOR", { email: "contractor2@example.jp" });
});

describe("an e-guarantee whose key notice was never sent", () => {
  it("is reminded from issue until a 発注者へ提出 is queued; a failed mail brings it back", async () => {
    const [advance, contract] = await issue({ projectName: "お勧め 認証キー提出工事" });
    expect(await keysOf(contractor, "KEY_NOTICE_NOT_SENT")).toEqual(expect.arrayContaining([`KEY_NOTICE_NOT_SENT:${advance!.id}`, `KEY_NOTICE_NOT_SENT:${contract!.id}`]));
    // Another company sees none of them.
    expect((await keysOf(otherContractor)).some((k) => k.includes(advance!.id))).toBe(false);

    const submissionToken = await issueKeySubmissionToken({ actor: contractor, guaranteeId: advance!.id });
    await submitKeyToOrderingBody({ actor: contractor, guaranteeId: advance!.id, input: { to: "", submissionToken }, request: REQUEST });
    const after = await keysOf(contractor, "KEY_NOTICE_NOT_SENT");
    expect(after).not.toContain(`KEY_NOTICE_NOT_SENT:${advance!.id}`);
    expect(after).toContain(`KEY_NOTICE_NOT_SENT:${contract!.id}`);

    // The worker gave up on the mail: the key never reached the body.
    await prisma.emailOutbox.updateMany({ where: { guaranteeId: advance!.id, kind: "KEY_SUBMISSION" }, data: { status: "FAILED", lastError: "550 mailbox unavailable" } });
    const back = (await listContractorReminders({ actor: contractor })).find((r) => r.key === `KEY_NOTICE_NOT_SENT:${advance!.id}`);
    expect(back?.detail).toContain("前回の送信は失敗しました。");
  });

  it("is not reminded for a paper certificate or a cancelled guarantee", async () => {
    const [paper] = await issue({ projectName: "お勧め 紙の証書工事", advanceForm: "PAPER", contractGuaranteeRequested: false });
    expect((await keysOf(contractor)).some((k) => k.includes(paper!.id))).toBe(false);
  });
});

describe("a 保証期限 that ends within 30 days while the 工期 continues", () => {
  it("appears when a 保証期限変更 brings the end within 30 days of a longer 工期, and goes when the term is extended again", async () => {
    const [advance] = await issue({
      projectName: "お勧め 期限変更工事",
      periodFrom: new Date(`${isoDaysFromToday(-60)}T00:00:00Z`),
      periodTo: new Date(`${isoDaysFromToday(90)}T00:00:00Z`),
      contractGuaranteeRequested: false,
    });
    expect((await keysOf(contractor, "TERM_ENDING")).some((k) => k.includes(advance!.id))).toBe(false);

    await amendGuarantee({ guaranteeId: advance!.id, actor: nagano, input: { changeType: "TERM_CHANGE", termTo: isoDaysFromToday(30), reason: "工期の一部変更" } });
    const reminder = (await listContractorReminders({ actor: contractor })).find((r) => r.kind === "TERM_ENDING" && r.key.includes(advance!.id));
    expect(reminder?.title).toBe("保証期限まであと30日です（期限変更のお手続きを）");
    expect(reminder?.href).toBe(`/help/branches#branch-${nagano.branchId}`);

    await amendGuarantee({ guaranteeId: advance!.id, actor: nagano, input: { changeType: "TERM_CHANGE", termTo: isoDaysFromToday(90), reason: "工期延長に伴う保証期限変更" } });
    expect((await keysOf(contractor, "TERM_ENDING")).some((k) => k.includes(advance!.id))).toBe(false);
  });
});

describe("表示しない", () => {
  it("hides one reminder of the company; pressed five times at once it writes one row and one audit entry", async () => {
    const [advance] = await issue({ projectName: "お勧め 表示しない工事", contractGuaranteeRequested: false });
    const reminderKey = `KEY_NOTICE_NOT_SENT:${advance!.id}`;
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => dismissReminder({ actor: contractor, input: { reminderKey }, request: REQUEST })));
    expect(results.every((r) => r.status === "fulfilled")).toBe(true);
    expect(await prisma.reminderDismissal.count({ where: { reminderKey } })).toBe(1);
    const audit = await prisma.auditEntry.findMany({ where: { action: "reminder.dismiss", entityId: contractor.companyId } });
    expect(audit.filter((a) => (a.after as { reminderKey?: string }).reminderKey === reminderKey)).toHaveLength(1);
    expect(await keysOf(contractor)).not.toContain(reminderKey);
    expect((await listContractorReminders({ actor: contractor, includeDismissed: true })).map((r) => r.key)).toContain(reminderKey);
  });

  it("refuses another company's reminder, an invented key and bad input, writing nothing; staff may not call it", async () => {
    const [advance] = await issue({ projectName: "お勧め 他社工事", contractGuaranteeRequested: false });
    const rows = await prisma.reminderDismissal.count();
    for (const input of [{ reminderKey: `KEY_NOTICE_NOT_SENT:${advance!.id}` }, { reminderKey: "TERM_ENDING:x:2026-01-01" }]) {
      expect(await errorOf(dismissReminder({ actor: otherContractor, input }))).toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await errorOf(dismissReminder({ actor: contractor, input: { reminderKey: "" } }))).toMatchObject({ code: "VALIDATION" });
    expect(await errorOf(dismissReminder({ actor: contractor, input: { reminderKey: "x".repeat(201) } }))).toMatchObject({ code: "VALIDATION" });
    expect(await errorOf(dismissReminder({ actor: nagano as unknown as ContractorActor, input: { reminderKey: `KEY_NOTICE_NOT_SENT:${advance!.id}` } }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await prisma.reminderDismissal.count()).toBe(rows);
  });
});

describe("the weekly digest", () => {
  it("mails the reminders of a company that opted in, once a week however often it runs, and none to the others", async () => {
    const [advance] = await issue({ projectName: "お勧め 週次メール工事", contractGuaranteeRequested: false });
    await setReminderDigest({ actor: contractor, input: { reminderDigestWanted: "on" }, request: REQUEST });
    await issue({ projectName: "お勧め 他社メール工事", contractGuaranteeRequested: false });
    const now = new Date("2026-12-07T00:00:00Z"); // 月曜日 09:00 JST
    expect(weekOf(now)).toBe("2026-12-07");
    expect(weekOf(new Date("2026-12-13T14:59:00Z"))).toBe("2026-12-07"); // 日曜日 23:59 JST: the same week
    await Promise.all([queueReminderDigests({ now }), queueReminderDigests({ now })]);
    const company = await prisma.contractorCompany.findUniqueOrThrow({ where: { id: contractor.companyId } });
    const mails = await prisma.emailOutbox.findMany({ where: { kind: "REMINDER_DIGEST" } });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.toAddress).toBe(company.email);
    expect(mails[0]!.textBody).toContain(advance!.contractNumber);
    expect(mails[0]!.textBody).toContain(`/netdesk/guarantees/${advance!.id}#gd-submit-heading`);

    await setReminderDigest({ actor: contractor, input: {}, request: REQUEST });
    await queueReminderDigests({ now: new Date("2026-12-14T00:00:00Z") });
    expect(await prisma.emailOutbox.count({ where: { kind: "REMINDER_DIGEST" } })).toBe(1);
    const audit = await prisma.auditEntry.findMany({ where: { entityId: contractor.companyId, action: "contractor-company.update" }, orderBy: { id: "asc" } });
    expect(audit.map((a) => (a.after as { reminderDigestWanted?: boolean }).reminderDigestWanted)).toEqual([true, false]);
  });
});
