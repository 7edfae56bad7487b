// 監査ログ with 10,000,000 entries: the staff audit page's query (listBranchAuditEntries, the use case the
// page calls) for the newest page, pages deep into the trail by keyset (older than an id), the way back
// (newer than an id), and the action filter, in a throw-away database. Half the entries are the measured
// branch's, the rest spread over nine others. Goal: any page ≤ 50 ms server time. Baseline: the
// OFFSET + count(*) query the page used before, on the same data, for the newest page and page 1,000.
import pg from "pg";
import type { StaffActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { listBranchAuditEntries } from "@/lib/server/audit/list-branch-audit-entries";
import { loadActor } from "@/lib/server/load-actor";
import { median } from "./machine";
import { withScratchDatabase } from "./scratch-database";

const ENTRIES = Number(process.env.BENCH_AUDIT_ENTRIES ?? 10_000_000);
const RUNS = 15;
const ACTIONS = ["application.submit", "application.accept", "application.review", "guarantee.issue", "guarantee.amend", "user.deactivate", "guarantee.cancel"];

async function timed(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS + 3; i++) {
    const start = performance.now();
    await run();
    if (i >= 3) times.push(performance.now() - start);
  }
  return median(times);
}

async function fill(client: pg.Client): Promise<void> {
  await client.query(`
    INSERT INTO "Branch" (id, name, "officeCode", "postalCode", address, phone, email, "updatedAt")
    SELECT gen_random_uuid(), 'ベンチ支店' || i, lpad((37000 + i)::text, 5, '0'), '380-0000', '長野県', '026-000-0000', 'b' || i || '@example.jp', now()
      FROM generate_series(0, 9) i;
    INSERT INTO "User" (id, email, name, role, "branchId", "updatedAt")
    SELECT gen_random_uuid(), 'staff' || "officeCode" || '@example.jp', '担当 ' || "officeCode", 'SURETY_STAFF', id, now() FROM "Branch";`);
  // Filled in bulk with the branch given (the trigger's work is measured by the tests, not here).
  await client.query(`ALTER TABLE "AuditEntry" DISABLE TRIGGER "AuditEntry_branch"`);
  const branches = (await client.query<{ id: string; user: string }>(`SELECT b.id, u.id AS user FROM "Branch" b JOIN "User" u ON u."branchId" = b.id ORDER BY b."officeCode"`)).rows;
  const step = 1_000_000;
  for (let from = 0; from < ENTRIES; from += step) {
    await client.query(
      `INSERT INTO "AuditEntry" (at, "actorId", "actorRole", action, "entityType", "entityId", "branchId", "ipAddress", after)
       SELECT now() - (${ENTRIES} - i) * interval '1 second',
              (($1::uuid[])[CASE WHEN i % 2 = 0 THEN 1 ELSE 2 + i % 9 END]),
              'SURETY_STAFF',
              ($3::text[])[1 + ((i::bigint * 7919) % ${ACTIONS.length})::int],
              'Guarantee', gen_random_uuid()::text,
              (($2::uuid[])[CASE WHEN i % 2 = 0 THEN 1 ELSE 2 + i % 9 END]),
              '192.0.2.10', '{"status":"ACTIVE"}'::jsonb
         FROM generate_series($4::int, $5::int) i`,
      [branches.map((b) => b.user), branches.map((b) => b.id), ACTIONS, from, Math.min(from + step, ENTRIES) - 1],
    );
  }
  await client.query(`ALTER TABLE "AuditEntry" ENABLE TRIGGER "AuditEntry_branch"`);
  await client.query(`VACUUM ANALYZE "AuditEntry"`);
}

/** The query the page ran before this round: the branch scope by subqueries, OFFSET, and a count. */
async function offsetBaseline(actor: StaffActor, page: number): Promise<void> {
  const prisma = getPrisma();
  await Promise.all([
    prisma.$queryRawUnsafe(
      `SELECT a.id FROM "AuditEntry" a LEFT JOIN "User" u ON u.id = a."actorId" WHERE u."branchId" = $1::uuid ORDER BY a.id DESC LIMIT 20 OFFSET ${(page - 1) * 20}`,
      actor.branchId,
    ),
    prisma.$queryRawUnsafe(`SELECT count(*) FROM "AuditEntry" a LEFT JOIN "User" u ON u.id = a."actorId" WHERE u."branchId" = $1::uuid`, actor.branchId),
  ]);
}

export async function benchAuditTrail(): Promise<string> {
  return withScratchDatabase("bench_audit", async (url) => {
    const client = new pg.Client({ connectionString: url });
    client.on("error", () => {});
    await client.connect();
    const fillStart = performance.now();
    await fill(client);
    const fillSeconds = (performance.now() - fillStart) / 1000;
    const staff = (await client.query<{ id: string }>(`SELECT u.id FROM "User" u JOIN "Branch" b ON b.id = u."branchId" ORDER BY b."officeCode" LIMIT 1`)).rows[0]!.id;
    const actor = await loadActor("SURETY_STAFF", { id: staff });
    const { rows } = await client.query<{ lo: string; hi: string }>(`SELECT min(id)::text lo, max(id)::text hi FROM "AuditEntry"`);
    const lo = BigInt(rows[0]!.lo);
    const hi = BigInt(rows[0]!.hi);
    const middle = lo + (hi - lo) / 2n;
    await client.end();

    const rowsOut: [string, number][] = [
      ["newest page", await timed(() => listBranchAuditEntries({ actor }))],
      ["older than the middle of the trail (page ~125,000)", await timed(() => listBranchAuditEntries({ actor, before: middle }))],
      ["the oldest page", await timed(() => listBranchAuditEntries({ actor, before: lo + 40n }))],
      ["newer than the middle (going back)", await timed(() => listBranchAuditEntries({ actor, after: middle }))],
      ["filter 処理 = guarantee.cancel, middle", await timed(() => listBranchAuditEntries({ actor, action: "guarantee.cancel", before: middle }))],
    ];
    const baseline: [string, number][] = [
      ["before: OFFSET + count(*), page 1", await timed(() => offsetBaseline(actor, 1))],
      ["before: OFFSET + count(*), page 1,000", await timed(() => offsetBaseline(actor, 1000))],
    ];
    return [
      "## 監査ログ (staff audit trail, keyset pages)",
      "",
      `${ENTRIES.toLocaleString("en")} audit entries in a throw-away database (filled in ${fillSeconds.toFixed(0)} s), half of them the measured branch's; median of ${RUNS} calls of the use case the page calls (listBranchAuditEntries), after 3 warm-up calls.`,
      "",
      "| page | median | goal | met |",
      "|---|---|---|---|",
      ...rowsOut.map(([name, ms]) => `| ${name} | ${ms.toFixed(1)} ms | ≤ 50 ms | ${ms <= 50 ? "yes" : "NO"} |`),
      ...baseline.map(([name, ms]) => `| ${name} (baseline) | ${ms.toFixed(1)} ms | – | – |`),
      "",
    ].join("\n");
  });
}
