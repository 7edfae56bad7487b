// 保証契約一覧, its CSV, 電子保証概要, the certificate window and the key-notice PDF, on real guarantees
// issued through the issue use case. Ownership: another company's ids are NOT_FOUND everywhere.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { ContractorActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { seedDemo } from "@/lib/db/seed-demo";
import { seedIssuedApplication, type DemoIssuedApplication } from "@/lib/db/seed-demo-guarantees";
import { hashAuthKey } from "@/lib/crypto/auth-key";
import { AppError } from "@/lib/errors";
import { parseGuaranteeListQuery, type SearchParamsRecord } from "@/lib/schemas/guarantee-list-filter";
import { correctGuarantee } from "@/lib/server/guarantees/correct-guarantee";
import { buildContractorKeyNotice } from "@/lib/server/guarantees/build-contractor-key-notice";
import { exportContractorGuaranteesCsv } from "@/lib/server/guarantees/export-contractor-guarantees-csv";
import { getContractorCertificate } from "@/lib/server/guarantees/get-contractor-certificate";
import { getContractorEGuarantee } from "@/lib/server/guarantees/get-contractor-e-guarantee";
import { lastOrderingBodyCheck } from "@/lib/server/guarantees/last-ordering-body-check";
import { listContractorGuarantees } from "@/lib/server/guarantees/list-contractor-guarantees";
import { loadActor } from "@/lib/server/load-actor";
import { verifyGuarantee } from "@/lib/server/verification/verify-guarantee";

const prisma = getPrisma();
let ownCompanyId = "";
let otherCompanyId = "";
/** A user of each company, as the guards build them for a signed-in contractor. */
let ownActor: ContractorActor;
let otherActor: ContractorActor;

const base: Omit<DemoIssuedApplication, "submissionKey" | "projectName"> = {
  company: "〇〇建設 株式会社",
  branch: "長野支店",
  orderingBody: "佐久市",
  staffEmail: "staff.nagano@example.jp",
  projectLocation: "長野県 佐久市",
  contractAmount: 10_000_000n,
  periodFrom: "2026-11-01",
  periodTo: "2027-03-31",
  advance: { form: "ELECTRONIC", amount: 4_000_000n, depositBank: "〇〇銀行　佐久支店" }, // full-width, as the form stores it (発行 re-reads it)
  contract: { form: "ELECTRONIC", amount: 1_000_000n },
};

/** The list as the page asks for it, from URL parameters. */
async function list(params: SearchParamsRecord, actor = ownActor) {
  const query = parseGuaranteeListQuery(params);
  expect(query.errors).toEqual({});
  return listContractorGuarantees({ actor, filter: query.filter, page: query.page });
}

async function expectNotFound(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).status).toBe(404);
}

beforeAll(async () => {
  await seedDemo(prisma); // includes the demo issued guarantees of both companies
  ownCompanyId = (await prisma.contractorCompany.findFirstOrThrow({ where: { name: "〇〇建設 株式会社" } })).id;
  otherCompanyId = (await prisma.contractorCompany.findFirstOrThrow({ where: { name: "△△工業 株式会社" } })).id;
  ownActor = await loadActor("CONTRACTOR", { email: "contractor@example.jp" });
  otherActor = await loadActor("CONTRACTOR", { email: "contractor2@example.jp" });
  // 12 more applications × (前払 + 契約) for pagination and the filters.
  for (let i = 1; i <= 12; i++) {
    await seedIssuedApplication(prisma, { ...base, submissionKey: `test-${i}`, projectName: `テスト道路改良工事 第${i}工区` });
  }
  await seedIssuedApplication(prisma, { ...base, submissionKey: "test-percent", projectName: "舗装率100%達成工事, 第2期", contract: undefined });
  await seedIssuedApplication(prisma, { ...base, submissionKey: "test-formula", projectName: "=HYPERLINK(\"http://evil.example\")", contract: undefined });
}, 120_000);

describe("保証契約一覧", () => {
  it("lists only the own company's guarantees, newest first, 20 to a page with the counts", async () => {
    // 契約保証予約 (予約証書) have their own tab and are not listed here.
    const own = await prisma.guarantee.count({ where: { companyId: ownCompanyId, kind: { not: "BID_BOND_RESERVATION" } } });
    expect(own).toBe(7 + 24 + 2); // demo (2 + 2 + 前払 and 中間 of the 橋梁補修 + the ○○橋) + 12 × 2 + 2
    const page1 = await list({});
    expect(page1).toMatchObject({ total: own, page: 1, pageCount: 2, firstRowNo: 1 });
    expect(page1.rows).toHaveLength(20);
    const page2 = await list({ page: "2" });
    expect(page2).toMatchObject({ total: own, page: 2, pageCount: 2, firstRowNo: 21 });
    expect(page2.rows).toHaveLength(own - 20);
    const all = [...page1.rows, ...page2.rows];
    expect(new Set(all.map((r) => r.id)).size).toBe(own); // stable order: no row twice, none lost
    const issued = all.map((r) => r.issuedAt.getTime());
    expect(issued).toEqual([...issued].sort((a, b) => b - a));
    const others = await prisma.guarantee.findMany({ where: { companyId: otherCompanyId }, select: { id: true } });
    expect(others.length).toBeGreaterThan(0);
    expect(all.some((r) => others.some((o) => o.id === r.id))).toBe(false);
  });

  it("shows the last page for a page number past the end, and page 1 for nonsense", async () => {
    expect(await list({ page: "99" })).toMatchObject({ page: 2, pageCount: 2 });
    expect(parseGuaranteeListQuery({ page: "abc" }).page).toBe(1);
    expect(parseGuaranteeListQuery({ page: "-3" }).page).toBe(1);
  });

  it("filters by 保証種類", async () => {
    const advance = await list({ kind: "ADVANCE" });
    expect(advance.total).toBe(4 + 12 + 2);
    expect(advance.rows.every((r) => r.kind === "ADVANCE")).toBe(true);
    const contract = await list({ kind: "CONTRACT" });
    expect(contract.total).toBe(2 + 12);
    expect(contract.rows.every((r) => r.kind === "CONTRACT")).toBe(true);
    expect((await list({ kind: "INTERMEDIATE" })).total).toBe(1); // the demo's 中間前払金保証
    expect(parseGuaranteeListQuery({ kind: "BOGUS" }).errors.kind).toContain("保証種類");
  });

  it("filters by 期間 on the issue date in JST, both ends inclusive", async () => {
    const target = await prisma.guarantee.findFirstOrThrow({ where: { companyId: ownCompanyId, projectName: "テスト道路改良工事 第3工区", kind: "ADVANCE" } });
    // 2026-04-01 15:30 UTC is 2026-04-02 00:30 in Japan.
    await prisma.guarantee.update({ where: { id: target.id }, data: { issuedAt: new Date("2026-04-01T15:30:00Z") } });
    const onDay = await list({ from: "2026-04-02", to: "2026-04-02" });
    expect(onDay.rows.map((r) => r.id)).toEqual([target.id]);
    expect((await list({ from: "2026-03-01", to: "2026-04-01" })).total).toBe(0);
    expect((await list({ from: "20260402", to: "2026/04/02" })).total).toBe(1); // typed forms
    const since = await list({ from: "2026-04-03" });
    expect(since.total).toBe(33 - 1);
    expect((await list({ to: "2026-04-02" })).total).toBe(1);
    expect(parseGuaranteeListQuery({ from: "2026-05-02", to: "2026-05-01" }).errors.to).toBe("期間の終了日が開始日より前です。");
    expect(parseGuaranteeListQuery({ from: "2026-02-30" }).errors.from).toContain("正しい日付ではありません");
  });

  it("filters by 工事名 as a partial, case-insensitive match where % and _ are plain characters", async () => {
    expect((await list({ project: "第1工区" })).total).toBe(2);
    expect((await list({ project: "第1" })).total).toBe(2 * 4); // 第1, 第10, 第11, 第12工区
    expect((await list({ project: "100%" })).rows.map((r) => r.projectName)).toEqual(["舗装率100%達成工事, 第2期"]);
    expect((await list({ project: "%" })).total).toBe(1);
    expect((await list({ project: "_" })).total).toBe(0);
    expect((await list({ project: "hyperlink" })).total).toBe(1);
    expect((await list({ project: "テスト", kind: "CONTRACT" })).total).toBe(12);
  });

  it("finds one guarantee by 保証契約番号, typed with full-width digits, without the hyphen or in lower case", async () => {
    const g = await prisma.guarantee.findFirstOrThrow({ where: { companyId: ownCompanyId, projectName: "テスト道路改良工事 第5工区", kind: "CONTRACT" } });
    const [office, rest] = g.contractNumber.split("-") as [string, string];
    const fullWidth = g.contractNumber.replace(/[0-9A-Z-]/g, (c) => (c === "-" ? "ー" : String.fromCharCode(c.charCodeAt(0) + 0xfee0)));
    for (const typed of [g.contractNumber, fullWidth, office + rest, ` ${office}-${rest.toLowerCase()} `]) {
      const found = await list({ number: typed });
      expect(found.rows.map((r) => r.id), typed).toEqual([g.id]);
    }
    // The pinpoint search ignores the range fields it replaces.
    expect((await list({ number: g.contractNumber, kind: "ADVANCE", project: "存在しない" })).total).toBe(1);
  });

  it("does not find another company's guarantee by its number, and refuses a number with a wrong check letter", async () => {
    const other = await prisma.guarantee.findFirstOrThrow({ where: { companyId: otherCompanyId } });
    expect((await list({ number: other.contractNumber })).total).toBe(0);
    expect((await list({ number: other.contractNumber }, otherActor)).total).toBe(1);
    const wrongLetter = other.contractNumber.slice(0, 11) + (other.contractNumber.endsWith("A") ? "B" : "A");
    expect(parseGuaranteeListQuery({ number: wrongLetter }).errors.number).toContain("37071-00000M");
  });
});

describe("demo seed", () => {
  it("issues nothing twice when it runs again", async () => {
    const count = async () => [await prisma.guarantee.count(), await prisma.certificateVersion.count(), await prisma.authKey.count()];
    const before = await count();
    await seedDemo(prisma);
    expect(await count()).toEqual(before);
  });
});

describe("保証契約情報ダウンロード (CSV)", () => {
  it("is UTF-8 with a BOM and CRLF, has the documented header and the filtered rows", async () => {
    const csv = await exportContractorGuaranteesCsv({ actor: ownActor, filter: parseGuaranteeListQuery({ project: "テスト", kind: "ADVANCE" }).filter });
    const bytes = Buffer.from(csv, "utf8");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.endsWith("\r\n")).toBe(true);
    const lines = csv.slice(1).split("\r\n").slice(0, -1);
    expect(lines[0]).toBe("No.,保証種類,保証契約番号,商品名,保証証書の形式,状態,発注者名,工事名,請負金額（円）,保証金額（円）,保証期間（開始）,保証期間（終了）,発行日時");
    expect(lines).toHaveLength(1 + 12);
    expect(lines[1]).toMatch(/^1,前払,\d{5}-\d{5}[A-Z],前払金保証,電子保証\(認証キーを含む\),有効,佐久市,テスト道路改良工事 第\d+工区,10000000,4000000,2026\/11\/01,2027\/03\/31,\d{4}\/\d\d\/\d\d \d\d:\d\d$/);
    expect(lines.some((l) => l.includes(","))).toBe(true);
    expect(csv).not.toContain("△△工業");
  });

  it("quotes commas and neutralises a 工事名 that would run as a formula", async () => {
    const csv = await exportContractorGuaranteesCsv({ actor: ownActor, filter: parseGuaranteeListQuery({}).filter });
    expect(csv).toContain(',"舗装率100%達成工事, 第2期",');
    expect(csv).toContain(`,"'=HYPERLINK(""http://evil.example"")",`);
    expect(csv.split("\r\n")).toHaveLength(1 + 33 + 1);
  });
});

describe("電子保証概要, 電子証書 and the key notice", () => {
  it("shows the certificate in force, the 認証キー read back from its sealed copy, and the visible history", async () => {
    const g = await prisma.guarantee.findFirstOrThrow({ where: { companyId: ownCompanyId, projectName: "市道1-23号線 舗装補修工事", kind: "ADVANCE" }, include: { authKey: true } });
    const detail = await getContractorEGuarantee({ actor: ownActor, guaranteeId: g.id });
    expect(detail.authKey).toMatch(/^[A-Za-z0-9]{12}$/);
    expect(Buffer.from(hashAuthKey(detail.authKey)).equals(Buffer.from(g.authKey!.keyHash))).toBe(true);
    expect(detail.content).toMatchObject({ contractNumber: g.contractNumber, contractor: "〇〇建設 株式会社", orderingBody: "佐久市", guaranteeAmount: "7480000", depositBank: "〇〇銀行　佐久支店", productName: "前払金保証" });
    expect(detail.history.map((h) => `${h.versionNo}:${h.kind}:${h.changeType ?? ""}`)).toEqual(["1:NEW:", "2:CHANGE:INCREASE"]);
  });

  it("leaves a corrected version out of the history and out of reach of the certificate window", async () => {
    const g = await prisma.guarantee.findFirstOrThrow({ where: { companyId: ownCompanyId, projectName: "テスト道路改良工事 第7工区", kind: "ADVANCE" } });
    const staff = await loadActor("SURETY_STAFF", { email: "staff.nagano@example.jp" });
    await correctGuarantee({
      guaranteeId: g.id,
      actor: staff,
      input: { projectName: "テスト道路改良工事 第7工区（訂正）", projectLocation: "", jvName: "", depositBank: "〇〇銀行 佐久支店", guaranteeAmount: "4000000", termFrom: "2026-11-01", termTo: "2027-03-31", reason: "工事名の誤記" },
    });
    const detail = await getContractorEGuarantee({ actor: ownActor, guaranteeId: g.id });
    expect(detail.history.map((h) => `${h.versionNo}:${h.kind}`)).toEqual(["2:CORRECTION"]);
    expect(detail.content.projectName).toBe("テスト道路改良工事 第7工区（訂正）");
    await expectNotFound(getContractorCertificate({ actor: ownActor, guaranteeId: g.id, versionNo: "1" }));
    const shown = await getContractorCertificate({ actor: ownActor, guaranteeId: g.id, versionNo: "2" });
    expect(shown.content.projectName).toBe("テスト道路改良工事 第7工区（訂正）");
    expect(shown.signed).toBe(true);
  });

  it("builds the key-notice PDF with the key and the number, under its Japanese file name", async () => {
    const g = await prisma.guarantee.findFirstOrThrow({ where: { companyId: ownCompanyId, projectName: "令和8年度 県単河川維持工事", kind: "ADVANCE" } });
    const { authKey } = await getContractorEGuarantee({ actor: ownActor, guaranteeId: g.id });
    const notice = await buildContractorKeyNotice({ actor: ownActor, guaranteeId: g.id });
    expect(notice.fileName).toBe(`認証キーのお知らせ_${g.contractNumber}.pdf`);
    expect(notice.asciiFileName).toBe(`key-notice_${g.contractNumber}.pdf`);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "netdesk-notice-")), "notice.pdf");
    fs.writeFileSync(file, notice.bytes);
    const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
    for (const expected of [authKey, g.contractNumber, "令和8年度 県単河川維持工事", "長野県△△建設事務所長", "http://localhost:3000/verify"]) expect(text).toContain(expected);
  });

  it("counts as 確認済み only a verification by a signed-in user of the guarantee's ordering body; any other lookup is 照会あり", async () => {
    const g = await prisma.guarantee.findFirstOrThrow({ where: { companyId: ownCompanyId, projectName: "テスト道路改良工事 第9工区", kind: "ADVANCE" } });
    const { authKey } = await getContractorEGuarantee({ actor: ownActor, guaranteeId: g.id });
    const verify = (ipAddress: string, now: Date, orderingBodyUserId: string | null = null, key = authKey) =>
      verifyGuarantee({ input: { contractNumber: g.contractNumber, authKey: key }, ipAddress, orderingBodyUserId, now });
    expect(await lastOrderingBodyCheck(g.id)).toEqual({ confirmedAt: null, lookedUpAt: null });

    // The contractor itself (or anyone holding the key) on the public page: no user, so only 照会あり.
    const own = new Date("2026-11-19T00:00:00Z");
    await verify("192.0.2.1", own);
    expect(await lastOrderingBodyCheck(g.id)).toEqual({ confirmedAt: null, lookedUpAt: own });

    // A signed-in user of another ordering body: still only 照会あり.
    const mishima = await prisma.orderingBody.findUniqueOrThrow({ where: { name: "三島市" } });
    const stranger = await prisma.user.create({ data: { email: "stranger@mishima.example.jp", name: "三島 太郎", role: "ORDERING_BODY", orderingBodyId: mishima.id } });
    const byStranger = new Date("2026-11-19T06:00:00Z");
    await verify("192.0.2.2", byStranger, stranger.id);
    expect(await lastOrderingBodyCheck(g.id)).toEqual({ confirmedAt: null, lookedUpAt: byStranger });

    // 佐久市's own user: 確認済み; the other lookup stays listed. A later failure changes nothing.
    const saku = await loadActor("ORDERING_BODY", { email: "verifier@saku.example.jp" });
    const bySaku = new Date("2026-11-20T01:02:03Z");
    await verify("192.0.2.3", bySaku, saku.userId);
    await expect(verify("192.0.2.9", new Date("2026-11-21T00:00:00Z"), null, "AAAAAAAAAAAA")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await lastOrderingBodyCheck(g.id)).toEqual({ confirmedAt: bySaku, lookedUpAt: byStranger });
  });
});

describe("ownership: another company's ids are the same 404 as ids that do not exist", () => {
  it("on the detail, the certificate window and the key notice", async () => {
    const other = await prisma.guarantee.findFirstOrThrow({ where: { companyId: otherCompanyId, form: "ELECTRONIC" } });
    // The owner can open all three…
    await expect(getContractorEGuarantee({ actor: otherActor, guaranteeId: other.id })).resolves.toBeTruthy();
    await expect(getContractorCertificate({ actor: otherActor, guaranteeId: other.id, versionNo: "1" })).resolves.toBeTruthy();
    await expect(buildContractorKeyNotice({ actor: otherActor, guaranteeId: other.id })).resolves.toBeTruthy();
    // …another company cannot, nor can anyone open ids that do not exist or are malformed.
    for (const guaranteeId of [other.id, "00000000-0000-4000-8000-000000000000", "not-a-uuid"]) {
      await expectNotFound(getContractorEGuarantee({ actor: ownActor, guaranteeId }));
      await expectNotFound(getContractorCertificate({ actor: ownActor, guaranteeId, versionNo: "1" }));
      await expectNotFound(buildContractorKeyNotice({ actor: ownActor, guaranteeId }));
    }
    const own = await prisma.guarantee.findFirstOrThrow({ where: { companyId: ownCompanyId, form: "ELECTRONIC" } });
    for (const versionNo of ["99", "0", "x"]) await expectNotFound(getContractorCertificate({ actor: ownActor, guaranteeId: own.id, versionNo }));
  });

  it("a paper guarantee has no 電子保証概要 and a cancelled one no key notice", async () => {
    const paper = await prisma.guarantee.findFirstOrThrow({ where: { companyId: ownCompanyId, form: "PAPER" } });
    await expectNotFound(getContractorEGuarantee({ actor: ownActor, guaranteeId: paper.id }));
    const g = await prisma.guarantee.findFirstOrThrow({ where: { companyId: ownCompanyId, projectName: "テスト道路改良工事 第11工区", kind: "CONTRACT" } });
    await prisma.guarantee.update({ where: { id: g.id }, data: { status: "CANCELLED", cancelledAt: new Date() } });
    expect((await getContractorEGuarantee({ actor: ownActor, guaranteeId: g.id })).status).toBe("CANCELLED");
    await expectNotFound(buildContractorKeyNotice({ actor: ownActor, guaranteeId: g.id }));
  });
});
