// 発行: one transaction for every guarantee of an application; exactly once under concurrency; nothing
// half-written on failure; no plain key anywhere in the database; other branches see nothing.
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { openAuthKey } from "@/lib/crypto/auth-key";
import { signingPublicKeyPem, verifyCertificateContent } from "@/lib/crypto/certificate-signature";
import { DEMO_APPLICATION_SUBMISSION_KEY } from "@/lib/db/seed-demo-application";
import { asCertificateContent } from "@/lib/domain/certificate-content";
import { isValidContractNumber } from "@/lib/domain/contract-number";
import type { JsonValue } from "@/lib/domain/canonical-json";
import { acceptApplication } from "@/lib/server/applications/accept-application";
import { getBranchApplication } from "@/lib/server/applications/get-branch-application";
import { listBranchApplications } from "@/lib/server/applications/list-branch-applications";
import { issueGuarantees } from "@/lib/server/guarantees/issue-guarantees";
import type { StaffActor } from "@/lib/auth/actor";
import { copyOfFlyerApplication, issueRowCounts, REQUEST, seedAndStaff, errorOf } from "../support/issue-fixtures";

const prisma = getPrisma();
let nagano: StaffActor;
let shizuoka: StaffActor;

beforeAll(async () => {
  ({ nagano, shizuoka } = await seedAndStaff());
});


describe("issueGuarantees", () => {
  it("writes guarantees, keys, signed version 1, audit entries and the completion mail together", async () => {
    const flyer = await prisma.application.findUniqueOrThrow({ where: { submissionKey: DEMO_APPLICATION_SUBMISSION_KEY } });
    expect(flyer.status).toBe("SUBMITTED");
    await acceptApplication({ applicationId: flyer.id, actor: nagano, request: REQUEST });
    const result = await issueGuarantees({ applicationId: flyer.id, actor: nagano, request: REQUEST });

    expect(result.alreadyIssued).toBe(false);
    expect(result.guarantees.map((g) => [g.kind, g.form])).toEqual([["ADVANCE", "ELECTRONIC"], ["CONTRACT", "ELECTRONIC"]]);
    // The branch's first two serials, with valid check letters; the first reproduces the flyer's number.
    expect(result.guarantees.map((g) => g.contractNumber)).toEqual(["37071-00000M", expect.stringMatching(/^37071-00001[A-Z]$/)]);
    for (const g of result.guarantees) expect(isValidContractNumber(g.contractNumber)).toBe(true);
    expect((await prisma.branch.findUniqueOrThrow({ where: { id: nagano.branchId } })).nextSerial).toBe(2);

    const app = await prisma.application.findUniqueOrThrow({ where: { id: flyer.id } });
    expect(app.status).toBe("ISSUED");
    const guarantees = await prisma.guarantee.findMany({
      where: { applicationId: flyer.id },
      include: { authKey: true, versions: true },
      orderBy: { contractNumber: "asc" },
    });
    expect(guarantees.map((g) => g.amount)).toEqual([20_000_000n, 5_000_000n]);
    const publicKey = signingPublicKeyPem();
    for (const g of guarantees) {
      expect(g.status).toBe("ACTIVE");
      expect(g.authKey).not.toBeNull();
      expect(openAuthKey(g.authKey!.keyCiphertext, g.id, g.authKey!.kekId)).toMatch(/^[A-Za-z0-9]{12}$/);
      expect(g.versions).toHaveLength(1);
      const [v1] = g.versions;
      expect(v1).toMatchObject({ versionNo: 1, kind: "NEW", hiddenFromHistory: false, signingKeyId: "netdesk-2026-1" });
      expect(v1!.issuedAt.getTime()).toBe(g.issuedAt.getTime());
      const content = asCertificateContent(v1!.content);
      expect(content).toMatchObject({
        contractNumber: g.contractNumber,
        contractor: "〇〇建設 株式会社",
        orderingBody: "長野県△△建設事務所長",
        projectName: "令和○年度 県単河川維持工事",
        contractAmount: "50000000",
        guaranteeAmount: g.amount.toString(),
        termFrom: "2022-11-01",
        termTo: "2023-03-17",
        suretyBranch: "長野支店",
        issuedAt: g.issuedAt.toISOString(),
        versionKind: "NEW",
        status: "ACTIVE",
      });
      expect(content.productName).toBe(g.kind === "ADVANCE" ? "前払金保証" : "契約保証");
      expect(content.depositBank).toBe(g.kind === "ADVANCE" ? "〇〇銀行　××支店" : null);
      expect(verifyCertificateContent(v1!.content as JsonValue, v1!.signature!, publicKey)).toBe(true);
    }

    const audit = await prisma.auditEntry.findMany({ where: { action: { in: ["application.accept", "application.issue", "guarantee.issue"] } } });
    expect(audit.map((a) => a.action).sort()).toEqual(["application.accept", "application.issue", "guarantee.issue", "guarantee.issue"]);
    for (const a of audit) expect(a).toMatchObject({ actorId: nagano.userId, actorRole: "SURETY_STAFF", ipAddress: "192.0.2.10" });

    const outbox = await prisma.emailOutbox.findMany({ where: { applicationId: flyer.id } });
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ kind: "COMPLETION", idempotencyKey: `completion:${flyer.id}`, toAddress: flyer.notificationEmail, status: "PENDING" });
    expect(outbox[0]!.subject).toContain("電子保証（認証キー）発行完了のお知らせ");
    for (const g of guarantees) {
      expect(outbox[0]!.textBody).toContain(g.contractNumber);
      expect(outbox[0]!.htmlBody).toContain(`/netdesk/guarantees/${g.id}`);
      const key = openAuthKey(g.authKey!.keyCiphertext, g.id);
      expect(outbox[0]!.textBody).not.toContain(key);
      expect(outbox[0]!.htmlBody).not.toContain(key);
    }
  });

  it("keeps no plain 認証キー anywhere in the database", async () => {
    const keys = (await prisma.authKey.findMany()).map((k) => openAuthKey(k.keyCiphertext, k.guaranteeId, k.kekId));
    expect(keys.length).toBeGreaterThan(0);
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      const tables = await client.query<{ schemaname: string; tablename: string }>(
        `SELECT schemaname, tablename FROM pg_tables WHERE schemaname IN ('public', 'graphile_worker')`,
      );
      for (const { schemaname, tablename } of tables.rows) {
        // Every row as text (bytea as hex) and every bytea column as raw bytes.
        const rows = await client.query<{ t: string }>(`SELECT t::text AS t FROM "${schemaname}"."${tablename}" t`);
        const dump = rows.rows.map((r) => r.t).join("\n");
        for (const key of keys) {
          expect(dump.includes(key), `${tablename} holds a key`).toBe(false);
          expect(dump.includes(Buffer.from(key).toString("hex")), `${tablename} holds a key as hex`).toBe(false);
        }
      }
      const raw = await client.query<{ keyHash: Buffer; keyCiphertext: Buffer }>(`SELECT "keyHash", "keyCiphertext" FROM "AuthKey"`);
      for (const row of raw.rows) for (const key of keys) {
        expect(row.keyHash.includes(Buffer.from(key))).toBe(false);
        expect(row.keyCiphertext.includes(Buffer.from(key))).toBe(false);
      }
    } finally {
      await client.end();
    }
  });

  it("issues once for 50 concurrent calls: one set of numbers and keys", async () => {
    const applicationId = await copyOfFlyerApplication();
    const serialBefore = (await prisma.branch.findUniqueOrThrow({ where: { id: nagano.branchId } })).nextSerial;
    const results = await Promise.all(Array.from({ length: 50 }, () => issueGuarantees({ applicationId, actor: nagano, request: REQUEST })));

    expect(results.filter((r) => !r.alreadyIssued)).toHaveLength(1);
    const numbers = new Set(results.map((r) => r.guarantees.map((g) => g.contractNumber).join(",")));
    expect(numbers.size).toBe(1);
    expect(await prisma.guarantee.count({ where: { applicationId } })).toBe(2);
    expect(await prisma.authKey.count({ where: { guarantee: { applicationId } } })).toBe(2);
    expect(await prisma.certificateVersion.count({ where: { guarantee: { applicationId } } })).toBe(2);
    expect(await prisma.auditEntry.count({ where: { action: "application.issue", entityId: applicationId } })).toBe(1);
    expect(await prisma.emailOutbox.count({ where: { applicationId } })).toBe(1);
    expect((await prisma.branch.findUniqueOrThrow({ where: { id: nagano.branchId } })).nextSerial).toBe(serialBefore + 2);
  });

  it("leaves no partial rows when a step fails part-way, and can then issue normally", async () => {
    const applicationId = await copyOfFlyerApplication();
    const before = await issueRowCounts();
    const serialBefore = (await prisma.branch.findUniqueOrThrow({ where: { id: nagano.branchId } })).nextSerial;
    const failing = issueGuarantees({
      applicationId,
      actor: nagano,
      hooks: {
        afterGuarantee: async (_tx, index) => {
          if (index === 0) throw new Error("simulated failure after the first guarantee");
        },
      },
    });
    await expect(failing).rejects.toThrow("simulated failure");

    expect(await issueRowCounts()).toEqual(before);
    expect((await prisma.application.findUniqueOrThrow({ where: { id: applicationId } })).status).toBe("ACCEPTED");
    expect((await prisma.branch.findUniqueOrThrow({ where: { id: nagano.branchId } })).nextSerial).toBe(serialBefore);

    const retry = await issueGuarantees({ applicationId, actor: nagano });
    expect(retry.guarantees).toHaveLength(2);
  });

  it("issues a paper certificate with the chosen 受取方法 and no key, and sends no e-guarantee mail", async () => {
    const applicationId = await copyOfFlyerApplication({
      advanceForm: "PAPER",
      contractGuaranteeRequested: false,
      // 当社窓口 needs its 来店予定日 and 時ごろ, as at 送信 (the stored application is re-checked at 発行).
      receiveMethod: "COUNTER",
      visitDate: new Date("2022-11-04T00:00:00Z"),
      visitHour: 10,
    });
    const result = await issueGuarantees({ applicationId, actor: nagano });
    const [g] = await prisma.guarantee.findMany({ where: { applicationId }, include: { authKey: true, versions: true } });
    expect(result.guarantees).toHaveLength(1);
    expect(g).toMatchObject({ form: "PAPER", paperReceiveMethod: "COUNTER", authKey: null });
    expect(g!.paperIssuedAt).toEqual(g!.issuedAt);
    expect(g!.versions).toHaveLength(1);
    expect(await prisma.emailOutbox.count({ where: { applicationId } })).toBe(0);
  });

  it("refuses, in Japanese and without writing, an application that is not accepted or lacks what a certificate states", async () => {
    const submitted = await copyOfFlyerApplication({ status: "SUBMITTED" });
    const notAccepted = await errorOf(issueGuarantees({ applicationId: submitted, actor: nagano }));
    expect(notAccepted).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("受付") });

    const incomplete = await copyOfFlyerApplication({ depositBank: null, projectName: null });
    const before = await issueRowCounts();
    const missing = await errorOf(issueGuarantees({ applicationId: incomplete, actor: nagano }));
    expect(missing).toMatchObject({ code: "VALIDATION", message: expect.stringContaining("工事名、預託金融機関") });

    const village = await prisma.orderingBody.findUniqueOrThrow({ where: { name: "〇〇村" } });
    const notEnabled = await copyOfFlyerApplication({ orderingBodyId: village.id });
    expect(await errorOf(issueGuarantees({ applicationId: notEnabled, actor: nagano }))).toMatchObject({
      message: expect.stringContaining("〇〇村は電子保証に対応していません。"),
    });
    expect(await issueRowCounts()).toEqual(before);
  });

  // The stored row is what staff issue: written here by SQL past the form, it must meet the submit rules again.
  it.each([
    ["前払金 over the ordering body's 4/10", `"advanceAmount" = 20000001`, "前払金保証金額は請負金額の4/10（20,000,000円）以内で入力してください。"],
    ["契約保証 under its 1/10", `"contractGuaranteeAmount" = 4999999`, "契約保証金額は請負金額の1/10（5,000,000円）以上で入力してください。"],
    ["工期 ending on its start day", `"periodTo" = "periodFrom"`, "完成日は着工日より後の日付を入力してください。"],
    ["今年度対象額 over 請負金額", `"advanceFiscalYearAmount" = 50000001`, "今年度対象額は請負金額以下で入力してください。"],
    ["more disqualified than bidders", `"bidderCount" = 2, "disqualifiedCount" = 3`, "失格者数は入札参加者数以下で入力してください。"],
  ])("refuses to issue a stored application whose %s, naming the rule, without writing", async (_name, assignment, rule) => {
    const applicationId = await copyOfFlyerApplication();
    await prisma.$executeRawUnsafe(`UPDATE "Application" SET ${assignment} WHERE id = $1::uuid`, applicationId);
    const before = await issueRowCounts();
    const refusal = await errorOf(issueGuarantees({ applicationId, actor: nagano }));
    expect(refusal).toMatchObject({ code: "VALIDATION", message: `申込内容が申込の条件を満たしていないため発行できません。${rule}差戻しでお客様に修正を依頼してください。` });
    expect(await issueRowCounts()).toEqual(before);
    expect((await prisma.application.findUniqueOrThrow({ where: { id: applicationId } })).status).toBe("ACCEPTED");
  });

  it("shows another branch's staff nothing: not in the inbox, not found by id, not issuable", async () => {
    const applicationId = await copyOfFlyerApplication();
    expect(await errorOf(getBranchApplication({ applicationId, actor: shizuoka }))).toMatchObject({ code: "NOT_FOUND" });
    await expect(getBranchApplication({ applicationId, actor: nagano })).resolves.toBeTruthy();
    expect((await listBranchApplications({ actor: shizuoka, page: 1 })).total).toBe(0);
    expect((await listBranchApplications({ actor: nagano, page: 1, q: "河川維持" })).total).toBeGreaterThan(0);
    expect(await errorOf(issueGuarantees({ applicationId, actor: shizuoka }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await errorOf(acceptApplication({ applicationId, actor: shizuoka }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await errorOf(issueGuarantees({ applicationId: "not-a-uuid", actor: nagano }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await prisma.guarantee.count({ where: { applicationId } })).toBe(0);
  });
});
