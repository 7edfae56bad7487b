import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { DEMO_PASSWORD, seedDemo } from "@/lib/db/seed-demo";
import { verifyPassword } from "@/lib/auth/password";
import { QA_SEED } from "@/lib/db/seed-qa";
import { loadActor } from "@/lib/server/load-actor";
import { listContractorReminders } from "@/lib/server/reminders/list-contractor-reminders";

describe("seedDemo", () => {
  it("creates the demo accounts, branches and ordering bodies, and running it again changes nothing", async () => {
    const prisma = getPrisma();
    await seedDemo(prisma);
    const first = await prisma.user.findMany({ orderBy: { email: "asc" }, select: { id: true, email: true, role: true, passwordHash: true } });
    await seedDemo(prisma);
    const second = await prisma.user.findMany({ orderBy: { email: "asc" }, select: { id: true, email: true, role: true, passwordHash: true } });
    expect(second).toEqual(first);
    expect(first.map((u) => `${u.email} ${u.role}`)).toEqual([
      "admin@example.jp ADMINISTRATOR",
      "bank.mishima@example.jp BANK_USER",
      "bank@example.jp BANK_USER",
      "contractor2@example.jp CONTRACTOR",
      "contractor@example.jp CONTRACTOR",
      "staff.nagano@example.jp SURETY_STAFF",
      "staff.shizuoka@example.jp SURETY_STAFF",
      "verifier@mishima.example.jp ORDERING_BODY",
      "verifier@saku.example.jp ORDERING_BODY",
    ]);
    expect(await prisma.branch.count()).toBe(2);
    expect(await prisma.contractorCompany.count()).toBe(2);
    const bodies = await prisma.orderingBody.findMany({ orderBy: { name: "asc" } });
    expect(bodies.map((b) => `${b.name}:${b.eGuaranteeEnabled}`).sort()).toEqual(
      ["三島市:true", "佐久市:true", "長野県△△建設事務所長:true", "〇〇村:false"].sort(),
    );
    // bcrypt, cost 12, and the documented demo password.
    for (const user of first) {
      expect(user.passwordHash).toMatch(/^\$2[aby]\$12\$/);
    }
    expect(await verifyPassword(DEMO_PASSWORD, first[0]!.passwordHash)).toBe(true);
  });

  it("gives every sent demo application a 申込番号 of its own, once", async () => {
    const prisma = getPrisma();
    await seedDemo(prisma);
    const sent = await prisma.application.findMany({ where: { status: { not: "DRAFT" } }, select: { applicationNumber: true } });
    expect(sent.length).toBeGreaterThanOrEqual(4);
    const numbers = sent.map((a) => a.applicationNumber);
    for (const n of numbers) expect(n).toMatch(/^\d{4}-\d{6}$/);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it("shows 保証申込のお勧め the demo implies and the first Q&A entries, once however often it runs", async () => {
    const prisma = getPrisma();
    await seedDemo(prisma);
    await seedDemo(prisma);
    expect(await prisma.qaEntry.count()).toBe(QA_SEED.length);
    const reminders = await listContractorReminders({ actor: await loadActor("CONTRACTOR", { email: "contractor@example.jp" }) });
    // And the bridge whose 保証期限 ends within 30 days.
    // Eight of 〇〇建設's e-guarantees never sent to their body: the river's 前払・契約, 市道1-23号線, the ○○橋, the
    // 橋梁補修工事's 前払金保証 and its 中間前払金保証, and the two 有効 契約保証予約 (市道2-15号線, and 市道3-7号線 added for
    // the 有効期限 reminder below; the converted one has done its work).
    expect(reminders.filter((r) => r.kind === "KEY_NOTICE_NOT_SENT")).toHaveLength(8);
    const term = reminders.filter((r) => r.kind === "TERM_ENDING");
    expect(term).toHaveLength(1);
    expect(term[0]!.detail).toContain("○○橋 耐震補強工事");
    expect(term[0]!.title).toBe("保証期限まであと21日です（期限変更のお手続きを）");
    // The kinds that came with 中間前払金, 明細書 and 予約 (issue 19 item 3 after the merge):
    // ○○橋 (工期 today − 150 〜 today + 200) passes its half in 25 days and 佐久市 pays a 中間前払金 (最大 12,900,000円).
    // (市道1-23号線's fixed 工期 2026/10/15〜2027/02/26 passes its half on 2026/12/21, so it is shown only from
    // 2026/11/21 to that day: not counted here.) The 橋梁補修工事 has its 中間前払金保証, so it is not suggested.
    const intermediate = reminders.filter((r) => r.kind === "INTERMEDIATE_AVAILABLE");
    expect(intermediate.map((r) => r.detail)).toContainEqual(expect.stringContaining("○○橋 耐震補強工事"));
    expect(intermediate.find((r) => r.detail.includes("○○橋"))!.title).toMatch(/^中間前払金保証のお申込みが可能になります（令和\d+年\d+月\d+日から）$/);
    expect(intermediate.some((r) => r.detail.includes("橋梁補修工事"))).toBe(false);
    // Three without an approved 明細書 (○○橋, the 橋梁補修工事's 前払・中間); 市道1-23号線's waits for 長野支店's 審査 (nothing to do).
    const missing = reminders.filter((r) => r.kind === "USAGE_PLAN_MISSING");
    expect(missing).toHaveLength(3);
    expect(missing.some((r) => r.detail.includes("市道1-23号線"))).toBe(false);
    // The river's approved 明細書 keeps its 労務費 支払先 未定 → 使途変更.
    const unsettled = reminders.filter((r) => r.kind === "UNSETTLED_PAYEE");
    expect(unsettled).toHaveLength(1);
    expect(unsettled[0]!.detail).toContain("県単河川維持工事");
    expect(unsettled[0]!.href).toMatch(/^\/netdesk\/usage-plans\/[0-9a-f-]{36}\?change=1$/);
    // 市道3-7号線's 予約 (入札 25 days ago, not converted) is valid until 入札日 + 佐久市's 30 days: 5 days left.
    // 市道2-15号線's (入札 in 20 days) is not yet within 7 days.
    const expiring = reminders.filter((r) => r.kind === "RESERVATION_EXPIRING");
    expect(expiring).toHaveLength(1);
    expect(expiring[0]!.detail).toContain("市道3-7号線 側溝改良工事");
    expect(expiring[0]!.title).toBe("契約保証予約の有効期限まであと5日です");
    expect(expiring[0]!.linkLabel).toBe("この予約から契約保証を申し込む");
  });
});

describe("seedDemo: 前払金使途内訳明細書, 書類送信 and 前払金請求書", () => {
  it("shows an approved 明細書 with a 未定 line, one waiting for 長野支店, a sent document and a saved invoice; once", async () => {
    const prisma = getPrisma();
    await seedDemo(prisma);
    await seedDemo(prisma);
    const versions = await prisma.usagePlanVersion.findMany({ orderBy: { createdAt: "asc" }, select: { status: true, lines: { select: { payee: true, category: true } } } });
    expect(versions.map((v) => v.status)).toEqual(["APPROVED", "SUBMITTED"]);
    expect(versions[0]!.lines.some((l) => l.payee === null)).toBe(true);
    expect(versions[1]!.lines.map((l) => l.category)).toContain("OVERHEAD");
    expect(await prisma.submittedDocument.count()).toBe(1);
    expect(await prisma.advanceInvoice.count()).toBe(1);
  });
});

describe("seedDemo: 預託金融機関 and 預託金払出依頼書", () => {
  it("links the river work to 〇〇銀行 ××支店, whose user has one request with one line paid and two waiting; 〇〇銀行　佐久支店 is left to map; once", async () => {
    const prisma = getPrisma();
    await seedDemo(prisma);
    await seedDemo(prisma);
    const bank = await prisma.user.findUniqueOrThrow({ where: { email: "bank@example.jp" }, include: { bankBranch: { include: { bank: true } } } });
    expect(`${bank.bankBranch!.bank.name} ${bank.bankBranch!.name}`).toBe("〇〇銀行 ××支店");
    const requests = await prisma.payoutRequest.findMany({ include: { lines: { orderBy: { position: "asc" } } } });
    expect(requests).toHaveLength(1);
    expect(requests[0]!.bankBranchId).toBe(bank.bankBranchId);
    expect(requests[0]!.lines.map((l) => l.status)).toEqual(["PAID", "REQUESTED", "REQUESTED"]);
    const saku = await prisma.guarantee.findFirstOrThrow({ where: { kind: "ADVANCE", application: { submissionKey: "demo-issued-saku-road" } } });
    expect(saku.depositBankBranchId).toBeNull();
    expect(await prisma.emailOutbox.count({ where: { kind: "PAYOUT_NOTICE" } })).toBe(0);
  });
});
