// Staff searches of a whole branch: 1,000,000 applications and their 1,000,000 guarantees in ONE branch
// (over 1,000 companies), in a throw-away database; median server time of the use cases the pages call
// (listBranchApplications for 申込一覧, listBranchGuarantees for 発行済みの保証) for partial 工事名 and 会社名
// searches, common and rare. Baseline: the query the lists made before this round (ILIKE '%…%' on the
// joined rows and an exact count), on the same data. Goal: ≤ 50 ms.
import pg from "pg";
import type { StaffActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { listBranchApplications } from "@/lib/server/applications/list-branch-applications";
import { listBranchGuarantees } from "@/lib/server/guarantees/list-branch-guarantees";
import { loadActor } from "@/lib/server/load-actor";
import { median } from "./machine";
import { withScratchDatabase } from "./scratch-database";

const ROWS = Number(process.env.BENCH_BRANCH_ROWS ?? 1_000_000);
const COMPANIES = 1_000;
const RUNS = 15;
const PLACES = ["県単河川維持", "市道道路改良", "舗装補修", "橋梁補修", "小学校改修", "上水道管布設替", "砂防堰堤", "公園整備", "庁舎耐震補強", "下水道管渠"];

const SEARCHES: { name: string; q: string }[] = [
  { name: "工事名, common (1 in 10): 河川維持", q: "河川維持" },
  { name: "工事名, rare (one row): 第123457工区", q: "第123457工区" },
  { name: "工事名, in every row: 工事", q: "工事" },
  { name: "会社名 part (1 company of 1,000): 建設0042", q: "建設0042" },
  { name: "no match: 存在しない工事", q: "存在しない工事" },
];

export async function fill(client: pg.Client): Promise<void> {
  await client.query(`
    INSERT INTO "ContractorCompany" (id, name, "representativeName", "postalCode", address, phone, email, "updatedAt")
    SELECT gen_random_uuid(), '株式会社 建設' || lpad(i::text, 4, '0'), '代表者', '380-0000', '長野県', '026-000-0000', 'c' || i || '@example.jp', now()
      FROM generate_series(1, ${COMPANIES}) i;
    INSERT INTO "OrderingBody" (id, name, prefecture, "updatedAt") SELECT gen_random_uuid(), '発注者' || i, '長野県', now() FROM generate_series(1, 50) i;
    INSERT INTO "Branch" (id, name, "officeCode", "postalCode", address, phone, email, "updatedAt")
      VALUES (gen_random_uuid(), '長野支店', '37071', '380-0836', '長野県', '026-000-0001', 'b@example.jp', now());
    INSERT INTO "User" (id, email, name, role, "branchId", "updatedAt") SELECT gen_random_uuid(), 'staff@example.jp', '担当', 'SURETY_STAFF', id, now() FROM "Branch";`);
  const step = 250_000;
  for (let from = 0; from < ROWS; from += step) {
    const to = Math.min(from + step, ROWS) - 1;
    await client.query(`
      INSERT INTO "Application" (id, "applicationNumber", "companyId", "createdById", status, "submittedAt", "projectName", "branchId", "updatedAt")
      SELECT ('00000000-0000-4000-8000-' || lpad(to_hex(g), 12, '0'))::uuid, '2026-' || lpad(g::text, 7, '0'), c.ids[1 + g % ${COMPANIES}], u.id,
             (CASE WHEN g % 50 = 0 THEN 'SUBMITTED' ELSE 'ISSUED' END)::"ApplicationStatus",
             timestamptz '2026-11-01 00:00+09' - g * interval '1 minute',
             '令和' || (1 + g % 8) || '年度 ' || ($1::text[])[1 + g % 10] || '工事 第' || g || '工区', b.id, now()
        FROM generate_series(${from}, ${to}) g, (SELECT array_agg(id ORDER BY name) ids FROM "ContractorCompany") c, "User" u, "Branch" b`, [PLACES]);
    await client.query(`
      INSERT INTO "Guarantee" (id, "contractNumber", "applicationId", "companyId", "branchId", "orderingBodyId", kind, form, "projectName",
        "contractAmount", amount, "termFrom", "termTo", "issuedAt", "issuedById", "updatedAt")
      SELECT gen_random_uuid(), '37071-' || lpad((g % 100000)::text, 5, '0') || chr(65 + (g / 100000)),
             ('00000000-0000-4000-8000-' || lpad(to_hex(g), 12, '0'))::uuid, c.ids[1 + g % ${COMPANIES}], b.id, o.ids[1 + g % 50],
             'ADVANCE', 'ELECTRONIC', '令和' || (1 + g % 8) || '年度 ' || ($1::text[])[1 + g % 10] || '工事 第' || g || '工区',
             50000000, 20000000, date '2026-04-01', date '2027-03-31', timestamptz '2026-11-01 00:00+09' - g * interval '1 minute', u.id, now()
        FROM generate_series(${from}, ${to}) g, (SELECT array_agg(id ORDER BY name) ids FROM "ContractorCompany") c,
             (SELECT array_agg(id ORDER BY name) ids FROM "OrderingBody") o, "User" u, "Branch" b`, [PLACES]);
  }
  for (const table of ["Application", "Guarantee", "ContractorCompany"]) await client.query(`VACUUM ANALYZE "${table}"`);
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS + 3; i++) {
    const start = performance.now();
    await run();
    if (i >= 3) times.push(performance.now() - start);
  }
  return median(times);
}

/** The inbox query of the previous round: contains on company and 工事名, OFFSET, exact count. */
async function baselineInbox(actor: StaffActor, q: string): Promise<void> {
  const where = {
    branchId: actor.branchId,
    OR: [{ company: { name: { contains: q, mode: "insensitive" as const } } }, { projectName: { contains: q, mode: "insensitive" as const } }],
  };
  await Promise.all([getPrisma().application.findMany({ where, orderBy: { submittedAt: "desc" }, take: 20 }), getPrisma().application.count({ where })]);
}

export async function benchBranchSearch(): Promise<string> {
  return withScratchDatabase("bench_branch", async (url) => {
    const client = new pg.Client({ connectionString: url });
    client.on("error", () => {});
    await client.connect();
    const started = performance.now();
    await fill(client);
    const fillSeconds = (performance.now() - started) / 1000;
    const staffId = (await client.query<{ id: string }>(`SELECT id FROM "User" LIMIT 1`)).rows[0]!.id;
    await client.end();
    const actor = await loadActor("SURETY_STAFF", { id: staffId });

    const rows: string[] = [];
    console.log(`[bench] filled in ${fillSeconds.toFixed(0)} s`);
    for (const { name, q } of SEARCHES) {
      console.log(`[bench] ${name}`);
      const inbox = await timed(() => listBranchApplications({ actor, q, page: 1 }));
      const issued = await timed(() => listBranchGuarantees({ actor, q, page: 1 }));
      const found = await listBranchGuarantees({ actor, q, page: 1 });
      const count = `${found.total.toLocaleString("en")}${found.moreThanTotal ? "+" : ""}`;
      rows.push(`| ${name} | ${count} | ${inbox.toFixed(1)} ms | ${issued.toFixed(1)} ms | ${inbox <= 50 && issued <= 50 ? "yes" : "NO"} |`);
    }
    const baseline = await timed(() => baselineInbox(actor, "河川維持"));
    return [
      "## Staff searches of a whole branch (申込一覧, 発行済みの保証)",
      "",
      `${ROWS.toLocaleString("en")} applications and ${ROWS.toLocaleString("en")} guarantees in one branch over ${COMPANIES.toLocaleString("en")} companies (filled in ${fillSeconds.toFixed(0)} s); median of ${RUNS} calls of the use cases the pages call, page 1 with its count (counts stop at 1,000: 「1,000件以上」).`,
      "",
      "| search | matches | 申込一覧 | 発行済みの保証 | ≤ 50 ms |",
      "|---|---|---|---|---|",
      ...rows,
      `| baseline: the previous round's inbox query (contains + exact count), 河川維持 | – | ${baseline.toFixed(1)} ms | – | – |`,
      "",
    ].join("\n");
  });
}
