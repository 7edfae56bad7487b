// The server entry points of 保証申込, against a real PostgreSQL: refusals write nothing, a valid
// send writes exactly one application (also under 20 concurrent identical sends), drafts and
// returned applications are sent again with the same 申込番号, and companies never see each other's.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { seedDemo } from "@/lib/db/seed-demo";
import type { ContractorActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import type { TApplicationFormValues } from "@/lib/schemas/application";
import { copyApplication } from "@/lib/server/applications/copy-application";
import { getContractorApplication } from "@/lib/server/applications/get-contractor-application";
import { listContractorApplications } from "@/lib/server/applications/list-contractor-applications";
import { saveApplicationDraft } from "@/lib/server/applications/save-application-draft";
import { submitApplication } from "@/lib/server/applications/submit-application";
import { loadActor } from "@/lib/server/load-actor";
import { flyerApplication } from "../support/flyer-application";

const prisma = getPrisma();
let contractor: ContractorActor;
let otherContractor: ContractorActor;
let valid: TApplicationFormValues;
let villageId: string;
const NOW = new Date("2026-11-23T01:00:00Z");

const actorFor = (email: string): Promise<ContractorActor> => loadActor("CONTRACTOR", { email });

/** The AppError a use case refused with, or null when it succeeded (anything else fails the test). */
async function refusalOf(promise: Promise<unknown>): Promise<AppError | null> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (error !== null) expect(error).toBeInstanceOf(AppError);
  return error as AppError | null;
}

beforeAll(async () => {
  await seedDemo(prisma);
  contractor = await actorFor("contractor@example.jp");
  otherContractor = await actorFor("contractor2@example.jp");
  const saku = await prisma.orderingBody.findUniqueOrThrow({ where: { name: "佐久市" } });
  villageId = (await prisma.orderingBody.findUniqueOrThrow({ where: { name: "〇〇村" } })).id;
  const nagano = await prisma.branch.findUniqueOrThrow({ where: { name: "長野支店" } });
  valid = flyerApplication({ orderingBodyId: saku.id, branchId: nagano.id });
});

const countRows = async () => ({ applications: await prisma.application.count(), audits: await prisma.auditEntry.count({ where: { entityType: "Application" } }) });
const send = (input: unknown, submissionKey: unknown, applicationId?: unknown) =>
  submitApplication({ actor: contractor, input, submissionKey, applicationId, now: NOW });
const sendNew = (input: unknown) => send(input, randomUUID());

describe("submitApplication refuses invalid payloads with field errors and writes no row", () => {
  // Payloads are built lazily: the ids of the seeded rows exist only once beforeAll has run.
  it.each<[string, () => unknown, Record<string, string>]>([
    ["not an object", () => "DROP TABLE", {}],
    ["an empty object", () => ({}), { projectName: expect.any(String), contractAmount: expect.any(String) }],
    ["numbers where strings belong", () => ({ ...valid, contractAmount: 50000000 }), { contractAmount: "請負金額の内容を読み取れませんでした。もう一度入力してください。" }],
    ["a ratio over the limit", () => ({ ...valid, advanceAmount: "20,000,001" }), { advanceAmount: "前払金保証金額は請負金額の4/10（20,000,000円）以内で入力してください。" }],
    ["電子保証 for 〇〇村", () => ({ ...valid, orderingBodyId: villageId }), { advanceForm: "〇〇村は電子保証に対応していません。保証証書の形式は「証書(紙)」を選択してください。" }],
    ["no guarantee", () => ({ ...valid, advanceRequested: false, contractGuaranteeRequested: false }), { advanceRequested: "前払金保証・契約保証のうち、少なくとも一つを申し込んでください。" }],
    ["an ordering body that does not exist", () => ({ ...valid, orderingBodyId: randomUUID() }), { orderingBodyId: "発注者名は、登録されている発注者の一覧から選択してください。" }],
    ["a branch that does not exist", () => ({ ...valid, branchId: randomUUID() }), { branchId: "申込送信先は一覧から選択してください。" }],
    ["a negative amount", () => ({ ...valid, contractAmount: "-1" }), { contractAmount: "請負金額にマイナスの金額は入力できません。" }],
    ["落札日 in the future", () => ({ ...valid, awardDate: "20990101" }), { awardDate: "落札日に未来の日付は入力できません。" }],
  ])("%s", async (_case, payload, expected) => {
    const before = await countRows();
    const refusal = await refusalOf(sendNew(payload()));
    expect(refusal).not.toBeNull();
    if (refusal) {
      expect(refusal.fieldErrors).toMatchObject(expected);
      expect(refusal.message).toBeTruthy();
    }
    expect(await countRows()).toEqual(before);
  });

  it("reads the limits from the ordering body's row, not from constants", async () => {
    const saku = await prisma.orderingBody.update({ where: { id: valid.orderingBodyId }, data: { advanceLimitNumerator: 3 } });
    try {
      const refusal = await refusalOf(sendNew(valid));
      expect(refusal).toMatchObject({ fieldErrors: { advanceAmount: "前払金保証金額は請負金額の3/10（15,000,000円）以内で入力してください。" } });
    } finally {
      await prisma.orderingBody.update({ where: { id: saku.id }, data: { advanceLimitNumerator: 4 } });
    }
  });

  it("refuses a missing or malformed send key and a foreign draft id without writing", async () => {
    const before = await countRows();
    expect(await refusalOf(send(valid, "not-a-uuid"))).not.toBeNull();
    expect(await refusalOf(send(valid, undefined))).not.toBeNull();
    expect(await refusalOf(send(valid, randomUUID(), "../../etc"))).not.toBeNull();
    expect(await refusalOf(send(valid, randomUUID(), randomUUID()))).not.toBeNull();
    expect(await countRows()).toEqual(before);
  });
});

describe("a valid send", () => {
  it("writes exactly one application, 送信済（受付待ち）, routed to the branch, with 申込番号 and an audit entry", async () => {
    const before = await countRows();
    const result = await sendNew(valid);
    expect(result).toMatchObject({ applicationNumber: expect.stringMatching(/^2026-\d{6}$/) });
    expect(await countRows()).toEqual({ applications: before.applications + 1, audits: before.audits + 1 });
    const row = await prisma.application.findUniqueOrThrow({ where: { id: result.applicationId }, include: { branch: true } });
    expect(row).toMatchObject({ status: "SUBMITTED", companyId: contractor.companyId, contractAmount: 50_000_000n, advanceAmount: 20_000_000n, depositBank: "〇〇銀行　××支店" });
    expect(row.branch?.name).toBe("長野支店");
    expect(row.awardDate?.toISOString()).toBe("2022-10-31T00:00:00.000Z");
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { entityId: row.id } });
    expect(audit).toMatchObject({ action: "application.submit", actorId: contractor.userId, actorRole: "CONTRACTOR" });
  });

  it("sent twice with the same key (double click, replay) writes one and answers the same", async () => {
    const key = randomUUID();
    const first = await send(valid, key);
    const again = await send(valid, key);
    expect(again).toEqual(first);
    expect(await prisma.application.count({ where: { submissionKey: key } })).toBe(1);
  });

  it("20 concurrent identical sends write exactly one application and one audit entry", async () => {
    const key = randomUUID();
    const settled = await Promise.allSettled(Array.from({ length: 20 }, () => send(valid, key)));
    expect(settled.every((r) => r.status === "fulfilled")).toBe(true);
    const ids = new Set(settled.map((r) => (r.status === "fulfilled" ? r.value.applicationId : null)));
    expect(ids.size).toBe(1);
    const [id] = [...ids];
    expect(await prisma.application.count({ where: { submissionKey: key } })).toBe(1);
    expect(await prisma.auditEntry.count({ where: { entityId: id!, action: "application.submit" } })).toBe(1);
  });

  it("another company reusing a send key gets nothing of the first company's", async () => {
    const key = randomUUID();
    await send(valid, key);
    const foreign = await refusalOf(submitApplication({ actor: otherContractor, input: valid, submissionKey: key, now: NOW }));
    expect(foreign).not.toBeNull();
  });
});

describe("drafts, 差戻し and copies", () => {
  it("一時保存 keeps an incomplete application, refuses unreadable values, and the draft is sent once from two tabs", async () => {
    const partial = { ...valid, projectName: "", advanceAmount: "" };
    const saved = await saveApplicationDraft({ actor: contractor, input: partial }); // throws if refused
    expect(await prisma.application.findUniqueOrThrow({ where: { id: saved.applicationId } })).toMatchObject({ status: "DRAFT", applicationNumber: null, projectName: null });

    const before = await countRows();
    expect(await refusalOf(saveApplicationDraft({ actor: contractor, input: { ...partial, contractAmount: "1.5" }, applicationId: saved.applicationId }))).toMatchObject({
      fieldErrors: { contractAmount: expect.any(String) },
    });
    expect(await countRows()).toEqual(before);

    // Two tabs, two keys, one draft: the row lock lets one send through.
    const tabs = await Promise.allSettled([send(valid, randomUUID(), saved.applicationId), send(valid, randomUUID(), saved.applicationId)]);
    expect(tabs.map((t) => t.status).sort()).toEqual(["fulfilled", "rejected"]);
    for (const t of tabs) if (t.status === "rejected") expect(t.reason).toBeInstanceOf(AppError); // a refusal, not a crash
    expect(await prisma.application.count({ where: { id: saved.applicationId, status: "SUBMITTED" } })).toBe(1);
    expect(await countRows()).toEqual({ applications: before.applications, audits: before.audits + 1 });
  });

  it("a returned application is sent again with the same 申込番号 and an application.resubmit entry", async () => {
    const first = await sendNew(valid);
    await prisma.application.update({ where: { id: first.applicationId }, data: { status: "RETURNED", companyMessage: "契約日をご確認ください。" } });
    const again = await send({ ...valid, contractDate: "20221102" }, randomUUID(), first.applicationId);
    expect(again).toMatchObject({ applicationId: first.applicationId, applicationNumber: first.applicationNumber });
    const row = await prisma.application.findUniqueOrThrow({ where: { id: first.applicationId } });
    expect(row.status).toBe("SUBMITTED");
    expect(await prisma.auditEntry.count({ where: { entityId: row.id, action: "application.resubmit" } })).toBe(1);
    // Sent applications can no longer be changed from the contractor's side.
    expect(await refusalOf(saveApplicationDraft({ actor: contractor, input: valid, applicationId: row.id }))).not.toBeNull();
  });

  it("another company can neither read, list, change, send nor copy the application", async () => {
    const sent = await sendNew(valid);
    const draft = await saveApplicationDraft({ actor: contractor, input: valid });
    expect(await refusalOf(getContractorApplication({ actor: otherContractor, applicationId: sent.applicationId }))).toMatchObject({ code: "NOT_FOUND" });
    const list = await listContractorApplications({ actor: otherContractor, page: 1 });
    expect(list.rows.map((r) => r.id)).not.toContain(sent.applicationId);
    expect(await refusalOf(saveApplicationDraft({ actor: otherContractor, input: valid, applicationId: draft.applicationId }))).not.toBeNull();
    expect(await refusalOf(submitApplication({ actor: otherContractor, input: valid, submissionKey: randomUUID(), applicationId: draft.applicationId, now: NOW }))).not.toBeNull();
    expect(await refusalOf(copyApplication({ actor: otherContractor, sourceId: sent.applicationId }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await prisma.application.findUniqueOrThrow({ where: { id: draft.applicationId } })).toMatchObject({ status: "DRAFT" });
  });

  it("a copy is a new draft with the same contents and no number", async () => {
    const sent = await sendNew(valid);
    const copyId = await copyApplication({ actor: contractor, sourceId: sent.applicationId });
    const copy = await prisma.application.findUniqueOrThrow({ where: { id: copyId } });
    expect(copy).toMatchObject({ status: "DRAFT", applicationNumber: null, submissionKey: null, copiedFromId: sent.applicationId, projectName: valid.projectName, advanceAmount: 20_000_000n });
  });
});
