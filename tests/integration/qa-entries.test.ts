// Q&A kept as data: administrators create and edit entries (audited, in one transaction), everybody reads
// the published ones through the search; bad input is a Japanese field message and writes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import type { AdministratorActor, StaffActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { seedDemoAccounts } from "@/lib/db/seed-demo";
import { QA_SEED, seedQaEntries } from "@/lib/db/seed-qa";
import { getQaEntry } from "@/lib/server/qa/get-qa-entry";
import { listPublishedQaEntries } from "@/lib/server/qa/list-published-qa-entries";
import { saveQaEntry } from "@/lib/server/qa/save-qa-entry";
import { loadActor } from "@/lib/server/load-actor";
import { errorOf } from "../support/issue-fixtures";

const prisma = getPrisma();
let admin: AdministratorActor;
let staff: StaffActor;

const entry = (overrides: Record<string, string> = {}) => ({
  category: "保証申込について",
  question: "申込後に工事名を直せますか",
  answer: "送信済みの申込は、差戻しの後に修正できます。",
  keywords: "訂正 修正",
  screen: "APPLICATION",
  sortOrder: "500",
  published: "on",
  ...overrides,
});

beforeAll(async () => {
  await seedDemoAccounts(prisma);
  expect(await seedQaEntries(prisma)).toBe(QA_SEED.length);
  expect(await seedQaEntries(prisma)).toBe(0);
  admin = await loadActor("ADMINISTRATOR", { email: "admin@example.jp" });
  staff = await loadActor("SURETY_STAFF", { email: "staff.nagano@example.jp" });
});

describe("Q&A", () => {
  it("an administrator creates and edits an entry, each with its audit entry; 非公開 takes it off the Q&A", async () => {
    const id = await saveQaEntry({ actor: admin, input: entry() });
    expect((await listPublishedQaEntries({ query: "工事名 直せ" })).entries.map((e) => e.id)).toEqual([id]);
    await saveQaEntry({ actor: admin, id, input: entry({ question: "申込後に工事名を訂正できますか", published: "" }) });
    expect((await getQaEntry({ actor: admin, id })).published).toBe(false);
    expect((await listPublishedQaEntries({ query: "工事名" })).entries.some((e) => e.id === id)).toBe(false);
    const audit = await prisma.auditEntry.findMany({ where: { entityType: "qa-entry", entityId: id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["qa-entry.create", "qa-entry.update"]);
    expect((audit[1]!.before as { question: string }).question).toBe("申込後に工事名を直せますか");
    expect((audit[1]!.after as { published: boolean }).published).toBe(false);
  });

  it("narrows by category and by the screen a 「?」 help links from", async () => {
    const byScreen = await listPublishedQaEntries({ screen: "GUARANTEES" });
    expect(byScreen.entries.length).toBeGreaterThan(0);
    expect(byScreen.entries.every((e) => e.screen === "GUARANTEES")).toBe(true);
    const byCategory = await listPublishedQaEntries({ category: "保証料について" });
    expect(byCategory.entries.map((e) => e.question)).toEqual(["消費税がかかる手数料はどれですか"]);
    expect(byCategory.categories).toContain("電子保証について");
  });

  it("refuses bad input with a Japanese message per field and writes nothing", async () => {
    const count = await prisma.qaEntry.count();
    const error = await errorOf(saveQaEntry({ actor: admin, input: entry({ question: "", screen: "NOWHERE", sortOrder: "-1", answer: "あ".repeat(4001) }) }));
    expect(error).toMatchObject({ code: "VALIDATION" });
    expect(error!.fieldErrors).toMatchObject({
      question: "質問を入力してください。",
      screen: "関連する画面を一覧から選んでください。",
      answer: "回答は4000文字以内で入力してください。",
    });
    expect(error!.fieldErrors!.sortOrder).toBeTruthy();
    expect(await prisma.qaEntry.count()).toBe(count);
  });

  it("only administrators edit; an unknown or malformed id is NOT_FOUND", async () => {
    expect(await errorOf(saveQaEntry({ actor: staff as unknown as AdministratorActor, input: entry() }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await errorOf(saveQaEntry({ actor: admin, id: "not-a-uuid", input: entry() }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await errorOf(saveQaEntry({ actor: admin, id: "00000000-0000-4000-8000-000000000000", input: entry() }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await errorOf(getQaEntry({ actor: admin, id: "x" }))).toMatchObject({ code: "NOT_FOUND" });
  });

  it("two administrators saving the same entry at once both commit, in turn, with an audit entry each", async () => {
    const id = await saveQaEntry({ actor: admin, input: entry({ question: "同時保存の確認" }) });
    await Promise.all([
      saveQaEntry({ actor: admin, id, input: entry({ question: "同時保存の確認 A" }) }),
      saveQaEntry({ actor: admin, id, input: entry({ question: "同時保存の確認 B" }) }),
    ]);
    const audit = await prisma.auditEntry.findMany({ where: { entityId: id, action: "qa-entry.update" }, orderBy: { id: "asc" } });
    expect(audit).toHaveLength(2);
    // Locked in turn: the second update's "before" is the first one's "after".
    expect((audit[1]!.before as { question: string }).question).toBe((audit[0]!.after as { question: string }).question);
    expect(await prisma.qaEntry.count({ where: { id } })).toBe(1);
  });
});
