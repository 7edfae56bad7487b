// 一時保存 and 送信 name only known ordering bodies and branches (a field error, never a foreign-key
// failure shown as the generic message), and a returned application (差戻し) keeps the branch that
// returned it: saved or sent again, it cannot move to another branch.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { seedDemo } from "@/lib/db/seed-demo";
import type { ContractorActor, StaffActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import type { TApplicationFormValues } from "@/lib/schemas/application";
import { returnApplication } from "@/lib/server/applications/return-application";
import { saveApplicationDraft } from "@/lib/server/applications/save-application-draft";
import { submitApplication } from "@/lib/server/applications/submit-application";
import { loadActor } from "@/lib/server/load-actor";
import { flyerApplication } from "../support/flyer-application";

const prisma = getPrisma();
const NOW = new Date("2026-11-23T01:00:00Z");
const UNKNOWN = "00000000-0000-4000-8000-00000000abcd";
let contractor: ContractorActor;
let naganoStaff: StaffActor;
let valid: TApplicationFormValues;
let naganoId: string;
let shizuokaId: string;

beforeAll(async () => {
  await seedDemo(prisma);
  contractor = await loadActor("CONTRACTOR", { email: "contractor@example.jp" });
  naganoStaff = await loadActor("SURETY_STAFF", { email: "staff.nagano@example.jp" });
  const saku = await prisma.orderingBody.findUniqueOrThrow({ where: { name: "佐久市" } });
  naganoId = (await prisma.branch.findUniqueOrThrow({ where: { name: "長野支店" } })).id;
  shizuokaId = (await prisma.branch.findUniqueOrThrow({ where: { name: "静岡支店" } })).id;
  valid = flyerApplication({ orderingBodyId: saku.id, branchId: naganoId });
});

async function refusalOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError); // a refusal in Japanese, not a database error
  return error as AppError;
}

const countApplications = () => prisma.application.count();
const send = (input: unknown, applicationId?: string) => submitApplication({ actor: contractor, input, submissionKey: randomUUID(), applicationId, now: NOW });

/** Sent to 長野支店, then returned by its staff (差戻し). */
async function returnedApplication(): Promise<string> {
  const { applicationId } = await send(valid);
  await returnApplication({ applicationId, actor: naganoStaff, input: { message: "契約日をご確認ください。" } });
  return applicationId;
}

describe("一時保存 refuses an unknown ordering body or branch with a field error", () => {
  it.each([
    ["ordering body", { orderingBodyId: UNKNOWN }, { orderingBodyId: "発注者名は、登録されている発注者の一覧から選択してください。" }],
    ["branch", { branchId: UNKNOWN }, { branchId: "申込送信先は一覧から選択してください。" }],
  ])("an unknown %s: a new draft and a saved one", async (_name, change, fieldErrors) => {
    const before = await countApplications();
    expect(await refusalOf(saveApplicationDraft({ actor: contractor, input: { ...valid, ...change } }))).toMatchObject({ code: "VALIDATION", fieldErrors });
    expect(await countApplications()).toBe(before);

    const draft = await saveApplicationDraft({ actor: contractor, input: valid });
    expect(await refusalOf(saveApplicationDraft({ actor: contractor, input: { ...valid, ...change }, applicationId: draft.applicationId }))).toMatchObject({ code: "VALIDATION", fieldErrors });
    expect(await prisma.application.findUniqueOrThrow({ where: { id: draft.applicationId } })).toMatchObject({ branchId: naganoId, status: "DRAFT" });
  });

  it("a draft that was never sent may choose another branch", async () => {
    const draft = await saveApplicationDraft({ actor: contractor, input: valid });
    await saveApplicationDraft({ actor: contractor, input: { ...valid, branchId: shizuokaId }, applicationId: draft.applicationId });
    expect((await prisma.application.findUniqueOrThrow({ where: { id: draft.applicationId } })).branchId).toBe(shizuokaId);
  });
});

describe("a returned application keeps the branch that returned it", () => {
  const LOCKED = { branchId: "差戻しされた申込の申込送信先は変更できません（長野支店に送信されます）。" };

  it("一時保存 with another branch is refused and nothing moves", async () => {
    const id = await returnedApplication();
    const refusal = await refusalOf(saveApplicationDraft({ actor: contractor, input: { ...valid, branchId: shizuokaId, projectName: "移動させたい工事" }, applicationId: id }));
    expect(refusal).toMatchObject({ code: "VALIDATION", fieldErrors: LOCKED });
    expect(await prisma.application.findUniqueOrThrow({ where: { id } })).toMatchObject({ branchId: naganoId, status: "RETURNED", projectName: valid.projectName });
  });

  it("sending it again to another branch is refused; to its own branch it goes back there", async () => {
    const id = await returnedApplication();
    const refusal = await refusalOf(send({ ...valid, branchId: shizuokaId }, id));
    expect(refusal).toMatchObject({ code: "VALIDATION", fieldErrors: LOCKED });
    expect(await prisma.application.findUniqueOrThrow({ where: { id } })).toMatchObject({ branchId: naganoId, status: "RETURNED" });

    // Corrected and saved first (一時保存 keeps 差戻し), then sent: back at 長野支店.
    await saveApplicationDraft({ actor: contractor, input: { ...valid, contractDate: "20221102" }, applicationId: id });
    await send({ ...valid, contractDate: "20221102" }, id);
    expect(await prisma.application.findUniqueOrThrow({ where: { id } })).toMatchObject({ branchId: naganoId, status: "SUBMITTED" });
  });
});
