// 保証契約一覧: median server time of listContractorGuarantees (the function the page calls) with
// 100,000 and then 1,000,000 guarantees over 1,000 companies, in a throw-away embedded PostgreSQL
// filled with generate_series, and the EXPLAIN (ANALYZE, BUFFERS) of the SQL Prisma sends.
// Goal: ≤ 50 ms median at 100,000, using indexes.
import type { ContractorActor } from "@/lib/auth/actor";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/db/client";
import { parseGuaranteeListQuery, type SearchParamsRecord } from "@/lib/schemas/guarantee-list-filter";
import { listContractorGuarantees } from "@/lib/server/guarantees/list-contractor-guarantees";
import { median } from "./machine";
import { withScratchDatabase } from "./scratch-database";

const COMPANIES = 1_000;
const RUNS = 60;

/** The searches a contractor makes; each is timed on randomly chosen companies. */
const SEARCHES: { name: string; params: (n: number) => SearchParamsRecord }[] = [
  { name: "no filter, page 1", params: () => ({}) },
  { name: "保証種類 = 前払", params: () => ({ kind: "ADVANCE" }) },
  { name: "期間 (one year)", params: () => ({ from: "2025-04-01", to: "2026-03-31" }) },
  { name: "工事名 partial match", params: () => ({ project: "道路改良" }) },
  { name: "種類 + 期間 + 工事名, page 2", params: () => ({ kind: "CONTRACT", from: "2023-01-01", project: "工事", page: "2" }) },
  { name: "ピンポイント (full-width)", params: (n) => ({ number: `０００００ー${String(n).padStart(5, "0").replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))}Ａ` }) },
];

async function fill(client: pg.Client, from: number, to: number): Promise<void> {
  // Three guarantees (前払・契約・中間) per application; company = application mod 1,000.
  await client.query(`
    INSERT INTO "Application" (id, "companyId", "createdById", status, "updatedAt")
    SELECT ('00000000-0000-4000-8000-' || lpad(to_hex(a), 12, '0'))::uuid, c.ids[1 + a % ${COMPANIES}], u.id, 'ISSUED', now()
    FROM generate_series(${Math.floor(from / 3)}, ${Math.floor((to - 1) / 3)}) a,
         (SELECT array_agg(id ORDER BY name) ids FROM "ContractorCompany") c, (SELECT id FROM "User" LIMIT 1) u
    ON CONFLICT DO NOTHING`);
  await client.query(`
    INSERT INTO "Guarantee" (id, "contractNumber", "applicationId", "companyId", "branchId", "orderingBodyId", kind, form, "projectName",
      "contractAmount", amount, "termFrom", "termTo", "issuedAt", "issuedById", "updatedAt")
    SELECT gen_random_uuid(),
      lpad((g / 100000)::text, 5, '0') || '-' || lpad((g % 100000)::text, 5, '0') || 'A',
      ('00000000-0000-4000-8000-' || lpad(to_hex(g / 3), 12, '0'))::uuid,
      c.ids[1 + (g / 3) % ${COMPANIES}], b.id, o.ids[1 + g % 50],
      (ARRAY['ADVANCE','CONTRACT','INTERMEDIATE'])[1 + g % 3]::"GuaranteeKind",
      (CASE WHEN g % 3 = 1 THEN 'PAPER' ELSE 'ELECTRONIC' END)::"CertificateForm",
      '令和' || (1 + g % 8) || '年度 ' || (ARRAY['県単河川維持','市道道路改良','舗装補修','橋梁補修','小学校改修','上水道管布設替'])[1 + g % 6] || '工事 第' || g || '工区',
      10000000 + (g % 997) * 100000, 4000000, date '2024-04-01', date '2025-03-31',
      timestamptz '2026-11-01 00:00+09' - ((g::bigint * 7919) % (6 * 365 * 24 * 60)) * interval '1 minute',
      u.id, now()
    FROM generate_series(${from}, ${to - 1}) g,
         (SELECT array_agg(id ORDER BY name) ids FROM "ContractorCompany") c,
         (SELECT array_agg(id ORDER BY name) ids FROM "OrderingBody") o,
         (SELECT id FROM "Branch" LIMIT 1) b, (SELECT id FROM "User" LIMIT 1) u`);
  await client.query(`ANALYZE "Application"; ANALYZE "Guarantee";`);
}

async function seedMasters(client: pg.Client): Promise<void> {
  await client.query(`
    INSERT INTO "ContractorCompany" (id, name, "representativeName", "postalCode", address, phone, email, "updatedAt")
    SELECT gen_random_uuid(), '建設会社' || lpad(i::text, 4, '0'), '代表者', '380-0000', '長野県', '026-000-0000', 'c' || i || '@example.jp', now()
    FROM generate_series(1, ${COMPANIES}) i;
    INSERT INTO "OrderingBody" (id, name, prefecture, "updatedAt") SELECT gen_random_uuid(), '発注者' || i, '長野県', now() FROM generate_series(1, 50) i;
    INSERT INTO "Branch" (id, name, "officeCode", "postalCode", address, phone, email, "updatedAt")
      VALUES (gen_random_uuid(), '長野支店', '37071', '380-0836', '長野県', '026-000-0001', 'b@example.jp', now());
    INSERT INTO "User" (id, email, name, role, "branchId", "updatedAt") SELECT gen_random_uuid(), 'staff@example.jp', '担当', 'SURETY_STAFF', id, now() FROM "Branch";`);
}

async function timeSearches(companyIds: string[]): Promise<{ name: string; ms: number; total: number }[]> {
  const results = [];
  for (const search of SEARCHES) {
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i < RUNS + 5; i++) {
      const companyId = companyIds[(i * 37) % companyIds.length]!;
      const start = performance.now();
      // What the page does on the server for one request: parse the URL, then the list query.
      const query = parseGuaranteeListQuery(search.params((i * 3 * COMPANIES) % 100_000));
      const page = await listContractorGuarantees({ actor: benchContractor(companyId), filter: query.filter, page: query.page });
      if (i >= 5) times.push(performance.now() - start); // the first runs warm the pool and caches
      total += page.total;
    }
    results.push({ name: search.name, ms: median(times), total: Math.round(total / (RUNS + 5)) });
  }
  return results;
}

/** EXPLAIN of the exact statements Prisma sent for one search. */
async function explainSearch(url: string, client: pg.Client, companyId: string, params: SearchParamsRecord): Promise<string> {
  const logged: { query: string; params: string }[] = [];
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }), log: [{ emit: "event", level: "query" }] });
  prisma.$on("query", (e) => logged.push({ query: e.query, params: e.params }));
  const holder = globalThis as unknown as { netdeskPrisma?: PrismaClient };
  const previous = holder.netdeskPrisma;
  holder.netdeskPrisma = prisma;
  try {
    const query = parseGuaranteeListQuery(params);
    await listContractorGuarantees({ actor: benchContractor(companyId), filter: query.filter, page: query.page });
  } finally {
    holder.netdeskPrisma = previous;
    await prisma.$disconnect();
  }
  const plans: string[] = [];
  for (const statement of logged.filter((l) => /^SELECT/i.test(l.query))) {
    const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${statement.query}`, JSON.parse(statement.params));
    plans.push(rows.map((r: Record<string, string>) => r["QUERY PLAN"]).join("\n"));
  }
  return plans.join("\n\n");
}

export async function benchGuaranteeList(): Promise<string> {
  const lines: string[] = ["## 3. 保証契約一覧 (contractor's guarantee list)", ""];
  await withScratchDatabase("bench_list", async (url) => {
    const client = new pg.Client({ connectionString: url });
    client.on("error", () => {}); // the server is stopped under it at the end
    await client.connect();
    try {
      await seedMasters(client);
      const companyIds = (await client.query<{ id: string }>(`SELECT id FROM "ContractorCompany" ORDER BY random()`)).rows.map((r) => r.id);

      const tables: string[] = [];
      let explained = "";
      for (const [from, to] of [
        [0, 100_000],
        [100_000, 1_000_000],
      ] as const) {
        const fillStart = performance.now();
        await fill(client, from, to);
        const fillSeconds = (performance.now() - fillStart) / 1000;
        const results = await timeSearches(companyIds);
        tables.push(
          `### ${to.toLocaleString("en")} guarantees (${(to / COMPANIES).toLocaleString("en")} per company; filled in ${fillSeconds.toFixed(0)} s)`,
          "",
          "| search (one page of 20 + count) | median server time | rows matched (avg) | goal ≤ 50 ms |",
          "|---|---|---|---|",
          ...results.map((r) => `| ${r.name} | ${r.ms.toFixed(1)} ms | ${r.total} | ${r.ms <= 50 ? "yes" : "NO"} |`),
          "",
        );
        if (to === 1_000_000) {
          explained = await explainSearch(url, client, companyIds[0]!, { kind: "CONTRACT", from: "2023-01-01", project: "工事", page: "2" });
        }
      }
      lines.push(
        `Median of ${RUNS} requests per search (after 5 warm-up), each for a different company, timing \`parseGuaranteeListQuery\` + \`listContractorGuarantees\` (the page's server work without rendering) against an embedded PostgreSQL 18 on this machine.`,
        "",
        ...tables,
        "### Plans at 1,000,000 guarantees: 種類 + 期間 + 工事名, page 2",
        "",
        "The statements Prisma sent (count, page, ordering bodies), with EXPLAIN (ANALYZE, BUFFERS):",
        "",
        "```",
        explained,
        "```",
        "",
      );
    } finally {
      await client.end().catch(() => {});
    }
  });
  return lines.join("\n");
}

/** The list reads only the company of the actor; the bench's generated companies have no users. */
function benchContractor(companyId: string): ContractorActor {
  return { role: "CONTRACTOR", userId: companyId, name: "ベンチ", email: "bench@example.jp", companyId, companyName: "ベンチ" };
}
