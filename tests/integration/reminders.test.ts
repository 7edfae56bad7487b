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
import { randomUUID } from "node:crypto";
import { acceptApplication } from "@/lib/server/applications/accept-application";
import { convertReservation } from "@/lib/server/bond/convert-reservation";
import { submitReservation } from "@/lib/server/bond/submit-reservation";
import { recordFeesReceived } from "@/lib/server/fees/record-fees-received";
import { cancelGuarantee } from "@/lib/server/guarantees/cancel-guarantee";
import { approveUsagePlan } from "@/lib/server/usage-plans/approve-usage-plan";
import { getUsagePlanEditor } from "@/lib/server/usage-plans/get-usage-plan-editor";
import { returnUsagePlan } from "@/lib/server/usage-plans/return-usage-plan";
import { saveUsagePlanDraft } from "@/lib/server/usage-plans/save-usage-plan-draft";
import { submitUsagePlan } from "@/lib/server/usage-plans/submit-usage-plan";
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
    // (Its 明細書 is still asked for: that is another kind.)
    expect((await keysOf(contractor, "KEY_NOTICE_NOT_SENT")).some((k) => k.includes(paper!.id))).toBe(false);
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

/** The reminders of `kind` about one record, as of `days` days from today (the rules count from today in Japan). */
const aboutRecord = async (actor: ContractorActor, kind: string, recordId: string, days = 0) =>
  (await listContractorReminders({ actor, now: new Date(Date.now() + days * DAY) })).filter((r) => r.kind === kind && r.key.includes(recordId));

describe("a 前払金保証 whose 工期 passes its half within 30 days (中間前払金保証)", () => {
  it("appears 30 days before the half, not 31; goes when the body pays none on it or a 中間 application exists; another company never sees it", async () => {
    // 工期 today − 30 〜 today + 90 (121 days): half passed on today + 30.
    const [advance] = await issue({
      projectName: "お勧め 中間前払金工事",
      periodFrom: new Date(`${isoDaysFromToday(-30)}T00:00:00Z`),
      periodTo: new Date(`${isoDaysFromToday(90)}T00:00:00Z`),
      contractGuaranteeRequested: false,
    });
    expect(await aboutRecord(contractor, "INTERMEDIATE_AVAILABLE", advance!.id, -1)).toEqual([]);
    const [reminder] = await aboutRecord(contractor, "INTERMEDIATE_AVAILABLE", advance!.id);
    expect(reminder?.title).toMatch(/^中間前払金保証のお申込みが可能になります（令和\d+年\d+月\d+日から）$/);
    expect(reminder?.href).toBe(`/netdesk/guarantees/${advance!.id}/intermediate`);
    expect(reminder?.key).toBe(`INTERMEDIATE_AVAILABLE:${advance!.id}:${isoDaysFromToday(30)}`);
    // The day of the half (30 days on) still, the day after no more.
    expect(await aboutRecord(contractor, "INTERMEDIATE_AVAILABLE", advance!.id, 30)).toHaveLength(1);
    expect(await aboutRecord(contractor, "INTERMEDIATE_AVAILABLE", advance!.id, 31)).toEqual([]);
    expect(await aboutRecord(otherContractor, "INTERMEDIATE_AVAILABLE", advance!.id)).toEqual([]);

    // The body's data: a 請負金額 under its minimum has no 中間前払金.
    const body = await prisma.orderingBody.findUniqueOrThrow({ where: { id: (await prisma.guarantee.findUniqueOrThrow({ where: { id: advance!.id } })).orderingBodyId } });
    await prisma.orderingBody.update({ where: { id: body.id }, data: { intermediateMinContractAmount: 100_000_000n } });
    try {
      expect(await aboutRecord(contractor, "INTERMEDIATE_AVAILABLE", advance!.id)).toEqual([]);
    } finally {
      await prisma.orderingBody.update({ where: { id: body.id }, data: { intermediateMinContractAmount: body.intermediateMinContractAmount } });
    }

    // A 中間 application made from it (here a 一時保存, as the form saves one): nothing more to suggest.
    const parentApp = await prisma.application.findFirstOrThrow({ where: { guarantees: { some: { id: advance!.id } } } });
    await prisma.application.create({
      data: { kind: "INTERMEDIATE", companyId: parentApp.companyId, createdById: parentApp.createdById, parentGuaranteeId: advance!.id, orderingBodyId: parentApp.orderingBodyId, projectName: parentApp.projectName, branchId: parentApp.branchId },
    });
    expect(await aboutRecord(contractor, "INTERMEDIATE_AVAILABLE", advance!.id)).toEqual([]);
  });

  it("is not shown when the 保証申込 said 中間前払金なし, nor when the half is 31 days away", async () => {
    const [none] = await issue({
      projectName: "お勧め 中間なし工事",
      periodFrom: new Date(`${isoDaysFromToday(-30)}T00:00:00Z`),
      periodTo: new Date(`${isoDaysFromToday(90)}T00:00:00Z`),
      contractGuaranteeRequested: false,
      intermediateAdvance: false,
      intermediateAdvancePlanned: false,
    });
    expect(await aboutRecord(contractor, "INTERMEDIATE_AVAILABLE", none!.id)).toEqual([]);
    // 工期 today − 30 〜 today + 92 (123 days): half passed on today + 31.
    const [far] = await issue({
      projectName: "お勧め 中間まだ先工事",
      periodFrom: new Date(`${isoDaysFromToday(-30)}T00:00:00Z`),
      periodTo: new Date(`${isoDaysFromToday(92)}T00:00:00Z`),
      contractGuaranteeRequested: false,
    });
    expect(await aboutRecord(contractor, "INTERMEDIATE_AVAILABLE", far!.id)).toEqual([]);
    expect(await aboutRecord(contractor, "INTERMEDIATE_AVAILABLE", far!.id, 1)).toHaveLength(1);
  });
});

/** The flyer's 20,000,000円: 12,000,000 材料費 + 8,000,000 労務費 (支払先 未定 unless given). */
const planLine = (over: Record<string, string> = {}) => ({
  category: "MATERIAL", detail: "生コンクリート", quantity: "一式", totalAmount: "30,000,000", advanceAmount: "12,000,000",
  payoutMethod: "TRANSFER", scheduledMonth: "2026-12", payeeKind: "MATERIAL", payee: "株式会社 信濃生コン", ...over,
});
const PLAN = { workType: "CONSTRUCTION", lines: [planLine(), planLine({ category: "LABOR", detail: "", totalAmount: "10,000,000", advanceAmount: "8,000,000", payeeKind: "SUBCONTRACTOR", payee: "" })] };
const NEW_PLAN = { versionId: "", revision: 0, basedOn: "" };

describe("前払金使途内訳明細書: none approved, then 未定 支払先 on the approved one", () => {
  it("asks for the 明細書 from issue, again when returned, not while it waits for 審査; then for the 未定 line until a 使途変更 settles it", async () => {
    const [advance, contract] = await issue({ projectName: "お勧め 明細書工事" });
    const missing = async () => (await aboutRecord(contractor, "USAGE_PLAN_MISSING", advance!.id)).map((r) => r.title);
    const first = (await aboutRecord(contractor, "USAGE_PLAN_MISSING", advance!.id))[0];
    expect(first).toMatchObject({ title: "前払金使途内訳明細書を提出してください", href: `/netdesk/usage-plans/guarantee/${advance!.id}` });
    // The 契約保証 has no 明細書; another company sees nothing.
    expect(await aboutRecord(contractor, "USAGE_PLAN_MISSING", contract!.id)).toEqual([]);
    expect(await aboutRecord(otherContractor, "USAGE_PLAN_MISSING", advance!.id)).toEqual([]);

    const draft = await saveUsagePlanDraft({ actor: contractor, guaranteeId: advance!.id, basis: NEW_PLAN, input: PLAN });
    expect(await missing()).toEqual(["一時保存の前払金使途内訳明細書を送信してください"]);
    await submitUsagePlan({ actor: contractor, planId: draft.planId, basis: draft });
    expect(await missing()).toEqual([]);
    await returnUsagePlan({ actor: nagano, planId: draft.planId, versionId: draft.versionId, input: { message: "材料費の内容をご確認ください。" } });
    expect(await missing()).toEqual(["差し戻された前払金使途内訳明細書を修正して送信してください"]);
    const editor = await getUsagePlanEditor({ actor: contractor, guaranteeId: advance!.id });
    const fixed = await saveUsagePlanDraft({ actor: contractor, guaranteeId: advance!.id, basis: editor.basis, input: PLAN });
    await submitUsagePlan({ actor: contractor, planId: fixed.planId, basis: fixed });
    await approveUsagePlan({ actor: nagano, planId: fixed.planId, versionId: fixed.versionId });
    expect(await missing()).toEqual([]);

    // Approved with 労務費's 支払先 未定: the 使途変更 settles it.
    const [unsettled] = await aboutRecord(contractor, "UNSETTLED_PAYEE", draft.planId);
    expect(unsettled).toMatchObject({ href: `/netdesk/usage-plans/${draft.planId}?change=1`, linkLabel: "使途変更を申し込む" });
    expect(unsettled!.detail).toContain("支払先が未定の行が1行あります（No.2）");
    expect(await aboutRecord(otherContractor, "UNSETTLED_PAYEE", draft.planId)).toEqual([]);

    const changeEditor = await getUsagePlanEditor({ actor: contractor, guaranteeId: advance!.id });
    const [material, labor] = changeEditor.start!.lines;
    const change = await saveUsagePlanDraft({
      actor: contractor,
      guaranteeId: advance!.id,
      basis: changeEditor.basis,
      input: {
        workType: "CONSTRUCTION",
        changeReason: "労務費の下請先が決まったため",
        lines: [planLine({ itemId: material!.itemId! }), planLine({ itemId: labor!.itemId!, category: "LABOR", detail: "", totalAmount: "10,000,000", advanceAmount: "8,000,000", payeeKind: "SUBCONTRACTOR", payee: "〇〇工務店" })],
      },
    });
    // A 使途変更 still a draft: the reminder stays (it is not sent yet); sent: it waits for 審査.
    expect(await aboutRecord(contractor, "UNSETTLED_PAYEE", draft.planId)).toHaveLength(1);
    await submitUsagePlan({ actor: contractor, planId: draft.planId, basis: change });
    expect(await aboutRecord(contractor, "UNSETTLED_PAYEE", draft.planId)).toEqual([]);
    await approveUsagePlan({ actor: nagano, planId: draft.planId, versionId: change.versionId });
    expect(await aboutRecord(contractor, "UNSETTLED_PAYEE", draft.planId)).toEqual([]);
    expect(await aboutRecord(contractor, "USAGE_PLAN_MISSING", advance!.id)).toEqual([]);
  });

  it("a cancelled 前払金保証 asks for no 明細書", async () => {
    const [advance] = await issue({ projectName: "お勧め 取消の明細書工事", contractGuaranteeRequested: false });
    expect(await aboutRecord(contractor, "USAGE_PLAN_MISSING", advance!.id)).toHaveLength(1);
    await cancelGuarantee({ guaranteeId: advance!.id, actor: nagano, input: { reason: "契約解除" } });
    expect(await aboutRecord(contractor, "USAGE_PLAN_MISSING", advance!.id)).toEqual([]);
  });
});

describe("a 契約保証予約 whose 有効期限 ends within 7 days", () => {
  it("appears 7 days before the 有効期限, not 8, until the last day; goes once a 保証申込 is made from it; another company never sees it", async () => {
    const [saku, branch] = await Promise.all([prisma.orderingBody.findUniqueOrThrow({ where: { name: "佐久市" } }), prisma.branch.findUniqueOrThrow({ where: { name: "長野支店" } })]);
    // 入札日 tomorrow: 有効期限 = 入札日 + 佐久市's 30 days = today + 31.
    const sent = await submitReservation({
      actor: contractor,
      submissionKey: randomUUID(),
      request: REQUEST,
      input: {
        orderingBodyId: saku.id, projectName: "お勧め 予約期限工事", projectLocation: "長野県佐久市 〇〇地内", bidNoticeNumber: "佐久市公告第77号",
        bidDate: isoDaysFromToday(1), bidAmount: "50,000,000", reservedAmount: "2,500,000", branchId: branch.id,
        notificationEmail: "soumu@marumaru-kensetsu.example.jp", contactDepartment: "総務部", contactTitle: "", contactName: "佐藤 花子", contactPhone: "026-000-1112", customerMessage: "",
      },
    });
    await acceptApplication({ applicationId: sent.applicationId, actor: nagano, request: REQUEST });
    await recordFeesReceived({ actor: nagano, applicationId: sent.applicationId }); // the 予約手数料, before 発行
    const { guarantees } = await issueGuarantees({ applicationId: sent.applicationId, actor: nagano, request: REQUEST });
    const reservation = guarantees[0]!;
    expect((await prisma.guarantee.findUniqueOrThrow({ where: { id: reservation.id } })).termTo.toISOString().slice(0, 10)).toBe(isoDaysFromToday(31));

    expect(await aboutRecord(contractor, "RESERVATION_EXPIRING", reservation.id)).toEqual([]);
    expect(await aboutRecord(contractor, "RESERVATION_EXPIRING", reservation.id, 23)).toEqual([]); // 8 days left
    const [week] = await aboutRecord(contractor, "RESERVATION_EXPIRING", reservation.id, 24);
    expect(week).toMatchObject({ title: "契約保証予約の有効期限まであと7日です", href: `/netdesk/guarantees/${reservation.id}#gd-reservation`, linkLabel: "この予約から契約保証を申し込む" });
    expect((await aboutRecord(contractor, "RESERVATION_EXPIRING", reservation.id, 31))[0]?.title).toBe("契約保証予約の有効期限は本日までです");
    expect(await aboutRecord(contractor, "RESERVATION_EXPIRING", reservation.id, 32)).toEqual([]);
    expect(await aboutRecord(otherContractor, "RESERVATION_EXPIRING", reservation.id, 24)).toEqual([]);

    await convertReservation({ actor: contractor, reservationId: reservation.id, request: REQUEST });
    expect(await aboutRecord(contractor, "RESERVATION_EXPIRING", reservation.id, 24)).toEqual([]);
  });
});
