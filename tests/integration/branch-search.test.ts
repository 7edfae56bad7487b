// The staff lists' search through the n-gram indexes finds exactly what `contains` found: any part of a
// 工事名 (one character too), 申込番号 or 会社名, ASCII case folded, full-width as half-width, % and _ as
// text; 保証契約番号 typed without its hyphen; and a count that stops at COUNT_LIMIT.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { StaffActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { listBranchApplications } from "@/lib/server/applications/list-branch-applications";
import { listBranchGuarantees } from "@/lib/server/guarantees/list-branch-guarantees";
import { loadActor } from "@/lib/server/load-actor";
import { COUNT_LIMIT } from "@/lib/server/pagination";
import { copyOfFlyerApplication, seedAndStaff } from "../support/issue-fixtures";
import { issueTestGuarantees } from "../support/issued-guarantees";

const prisma = getPrisma();
let nagano: StaffActor;
let fresh: StaffActor;
const tag = randomUUID().slice(0, 6);

beforeAll(async () => {
  ({ nagano } = await seedAndStaff());
  const branch = await prisma.branch.create({
    data: { name: `検索確認支店${tag}`, officeCode: `38${String(Math.floor(Math.random() * 1000)).padStart(3, "0")}`, postalCode: "380-0000", address: "長野県", phone: "026-000-0000", email: `search-${tag}@surety.example.jp` },
  });
  const user = await prisma.user.create({ data: { email: `search-${tag}@surety.example.jp`, name: "検索 次郎", role: "SURETY_STAFF", branchId: branch.id } });
  fresh = await loadActor("SURETY_STAFF", { id: user.id });
});

/** Staff of a branch of their own, so a test's rows are the whole branch. */
async function newBranchStaff(): Promise<StaffActor> {
  const id = randomUUID().slice(0, 6);
  const branch = await prisma.branch.create({
    data: { name: `窓確認支店${id}`, officeCode: `39${String(Math.floor(Math.random() * 1000)).padStart(3, "0")}`, postalCode: "380-0000", address: "長野県", phone: "026-000-0000", email: `window-${id}@surety.example.jp` },
  });
  const user = await prisma.user.create({ data: { email: `window-${id}@surety.example.jp`, name: "窓 三郎", role: "SURETY_STAFF", branchId: branch.id } });
  return loadActor("SURETY_STAFF", { id: user.id });
}

const projects = (page: { items: { projectName: string | null }[] }) => page.items.map((i) => i.projectName).sort();

describe("the inbox search (申込一覧)", () => {
  it("finds any part of a 工事名 or 申込番号, in any width and ASCII case, and nothing else", async () => {
    const names = [`令和7年度 県単河川維持工事 ${tag}`, `市道ABC線 舗装工事 ${tag}`, `100%完成 記念館 ${tag}`, `上下水道_更新 ${tag}`];
    const ids: string[] = [];
    for (const [i, projectName] of names.entries()) {
      ids.push(await copyOfFlyerApplication({ status: "SUBMITTED", submittedAt: new Date(Date.now() - i * 1000), branchId: fresh.branchId, projectName, applicationNumber: `2026-9${tag.replace(/\D/g, "1").slice(0, 1)}${String(i).padStart(4, "0")}-${tag}` }));
    }
    const search = (q: string) => listBranchApplications({ actor: fresh, page: 1, q });
    expect(projects(await search("河川維持"))).toEqual([names[0]]);
    expect(projects(await search("河"))).toEqual([names[0]]);
    expect(projects(await search("ａｂｃ"))).toEqual([names[1]]); // full-width, lower case
    expect(projects(await search("abc線"))).toEqual([names[1]]);
    expect(projects(await search("100%"))).toEqual([names[2]]);
    expect(projects(await search("%"))).toEqual([names[2]]);
    expect(projects(await search("_"))).toEqual([names[3]]);
    expect(projects(await search("工事"))).toEqual([names[0], names[1]].sort());
    expect(projects(await search("維持工 舗装"))).toEqual([]); // the whole text, not words
    expect(projects(await search(`0002-${tag}`))).toEqual([names[2]]); // part of the 申込番号
    expect((await search(tag)).items.map((i) => i.id)).toEqual(ids); // newest sent first
    // Another branch's applications never match.
    expect((await listBranchApplications({ actor: nagano, page: 1, q: `河川維持工事 ${tag}` })).total).toBe(0);
  });

  it("finds the company by part of its name", async () => {
    const company = await prisma.contractorCompany.findFirstOrThrow();
    await copyOfFlyerApplication({ status: "SUBMITTED", submittedAt: new Date(), branchId: fresh.branchId, companyId: company.id, projectName: `会社名検索 ${tag}` });
    const part = company.name.replace(/\s/g, "").slice(1, 3);
    expect(projects(await listBranchApplications({ actor: fresh, page: 1, q: part }))).toContain(`会社名検索 ${tag}`);
  });

  it("counts up to COUNT_LIMIT and then says there are more", async () => {
    const many = `件数上限確認${tag}`;
    await prisma.$executeRaw`
      INSERT INTO "Application" (id, "companyId", "createdById", status, "submittedAt", "projectName", "branchId", "updatedAt")
      SELECT gen_random_uuid(), a."companyId", a."createdById", 'SUBMITTED', now() - i * interval '1 second', ${many} || ' ' || i, ${fresh.branchId}::uuid, now()
        FROM generate_series(1, ${COUNT_LIMIT + 5}) i, (SELECT "companyId", "createdById" FROM "Application" LIMIT 1) a`;
    const page = await listBranchApplications({ actor: fresh, page: 1, q: many });
    expect(page).toMatchObject({ total: COUNT_LIMIT, moreThanTotal: true, pageCount: COUNT_LIMIT / 20 });
    expect(page.items).toHaveLength(20);
    expect(page.items[0]!.projectName).toBe(`${many} 1`);
    const exact = await listBranchApplications({ actor: fresh, page: 1, q: `${many} 1000` });
    expect(exact).toMatchObject({ total: 1, moreThanTotal: false });
  });
});

describe("a word of more than COUNT_LIMIT rows, wherever they lie (branch-search-page.ts)", () => {
  // The page of such a word is looked for among the branch's newest rows first (windows of 20, 200 and
  // 2,000 rows per row wanted, a count among the newest 20,000), then by sorting every match: each layout
  // below ends in another of them, and every page must be the one a plain sort of all matches gives.
  const layouts = [
    { name: "the newest rows match (first window, counted among the newest)", newestMatches: 0, newerOthers: 0 },
    { name: "30 newest match, then 25,000 do not (first window, counted by the n-gram index)", newestMatches: 30, newerOthers: 25_000 },
    { name: "1,000 newer rows do not (second window)", newestMatches: 0, newerOthers: 1_000 },
    { name: "10,000 newer rows do not (third window)", newestMatches: 0, newerOthers: 10_000 },
    { name: "41,000 newer rows do not (every match sorted)", newestMatches: 0, newerOthers: 41_000 },
  ];
  for (const { name, newestMatches, newerOthers } of layouts) {
    it(name, async () => {
      const staff = await newBranchStaff();
      const word = `窓検索${randomUUID().slice(0, 4)}`;
      // Newest first: some that match, the rows that do not, then COUNT_LIMIT + 5 that do; two share each second.
      await prisma.$executeRaw`
        INSERT INTO "Application" (id, "companyId", "createdById", status, "submittedAt", "projectName", "branchId", "updatedAt")
        SELECT gen_random_uuid(), a."companyId", a."createdById", 'SUBMITTED', timestamptz '2026-11-01 00:00+09' - (i / 2) * interval '1 second',
               CASE WHEN i >= ${newestMatches} AND i < ${newestMatches + newerOthers} THEN '別の工事 ' || i ELSE ${word} || ' ' || i END, ${staff.branchId}::uuid, now()
          FROM generate_series(0, ${newestMatches + newerOthers + COUNT_LIMIT + 4}) i, (SELECT "companyId", "createdById" FROM "Application" LIMIT 1) a`;
      for (const page of [1, 2, 50]) {
        const found = await listBranchApplications({ actor: staff, page, q: word });
        const expected = await prisma.$queryRaw<{ id: string }[]>`
          SELECT id FROM "Application" WHERE "branchId" = ${staff.branchId}::uuid AND "projectName" LIKE ${`${word}%`}
           ORDER BY "submittedAt" DESC, "createdAt" DESC, id DESC LIMIT 20 OFFSET ${(page - 1) * 20}`;
        expect(found).toMatchObject({ total: COUNT_LIMIT, moreThanTotal: true });
        expect(found.items.map((i) => i.id), `page ${page}`).toEqual(expected.map((e) => e.id));
      }
    });
  }
});

describe("the search of 発行済みの保証", () => {
  it("finds by 保証契約番号 without hyphen or in full width, by part of the 工事名 and of the company", async () => {
    const issued = (await issueTestGuarantees({ projectName: `保証検索 県道改良工事 ${tag}` })).guarantees;
    const search = (q: string) => listBranchGuarantees({ actor: nagano, page: 1, q });
    const number = issued[0]!.contractNumber;
    expect((await search(number.replace("-", ""))).items.map((g) => g.contractNumber)).toContain(number);
    expect((await search(number.normalize("NFKC").replace(/[0-9A-Z-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)))).items.map((g) => g.contractNumber)).toContain(number);
    expect((await search(`道改良工事 ${tag}`)).items.map((g) => g.contractNumber).sort()).toEqual(issued.map((g) => g.contractNumber).sort());
    const company = (await search(`道改良工事 ${tag}`)).items[0]!.company.name;
    expect((await search(company.slice(0, 3))).total).toBeGreaterThan(0);
    expect((await listBranchGuarantees({ actor: fresh, page: 1, q: `道改良工事 ${tag}` })).total).toBe(0);
  });
});
