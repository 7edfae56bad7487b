// 預託金払出依頼書: the server time of the remaining-balance query of one guarantee (loadItemBalances, what
// the form, the bank's and the staff's request pages and 前払金払出予定 call) and of the bank desk's inbox
// (listBankPayoutRequests, the /bank page's query), with 100,000 guarantees × 10 明細書 lines × 3 払出 each
// (300,000 requests of 10 lines: 3,000,000 request lines) over 50 bank branches, in a throw-away embedded
// PostgreSQL filled with generate_series. Goal: ≤ 20 ms each.
import type { BankActor } from "@/lib/auth/actor";
import pg from "pg";
import { getPrisma } from "@/lib/db/client";
import { loadItemBalances } from "@/lib/server/payouts/item-balances";
import { listBankPayoutRequests } from "@/lib/server/payouts/list-bank-payout-requests";
import { loadPayoutRequestDetail } from "@/lib/server/payouts/payout-request-view";
import { median } from "./machine";
import { withScratchDatabase } from "./scratch-database";

const GUARANTEES = Number(process.env.BENCH_PAYOUT_GUARANTEES ?? 100_000); // fewer for a quick check of the fill
const BANK_BRANCHES = 50;
const CHUNK = Math.min(10_000, GUARANTEES);
const RUNS = 60;
const uuid = (prefix: string, n: string) => `('${prefix}000000-0000-4000-8000-' || lpad(to_hex(${n}), 12, '0'))::uuid`;

async function seedMasters(client: pg.Client): Promise<void> {
  await client.query(`
    INSERT INTO "ContractorCompany" (id, name, "representativeName", "postalCode", address, phone, email, "updatedAt")
    SELECT gen_random_uuid(), '建設会社' || lpad(i::text, 4, '0'), '代表者', '380-0000', '長野県', '026-000-0000', 'c' || i || '@example.jp', now() FROM generate_series(1, 1000) i;
    INSERT INTO "OrderingBody" (id, name, prefecture, "updatedAt") VALUES (gen_random_uuid(), '長野県', '長野県', now());
    INSERT INTO "Branch" (id, name, "officeCode", "postalCode", address, phone, email, "updatedAt") VALUES (gen_random_uuid(), '長野支店', '37071', '380-0836', '長野県', '026-000-0001', 'b@example.jp', now());
    INSERT INTO "User" (id, email, name, role, "branchId", "updatedAt") SELECT gen_random_uuid(), 'staff@example.jp', '担当', 'SURETY_STAFF', id, now() FROM "Branch";
    INSERT INTO "Bank" (id, name, "updatedAt") VALUES (gen_random_uuid(), '〇〇銀行', now());
    INSERT INTO "BankBranch" (id, "bankId", name, "updatedAt") SELECT gen_random_uuid(), b.id, '支店' || i, now() FROM generate_series(1, ${BANK_BRANCHES}) i, "Bank" b;`);
}

async function fill(client: pg.Client, from: number, to: number): Promise<void> {
  const G = `generate_series(${from}, ${to - 1}) g`;
  const masters = `(SELECT array_agg(id ORDER BY name) ids FROM "ContractorCompany") c, (SELECT array_agg(id ORDER BY name) ids FROM "BankBranch") k,
    (SELECT id FROM "Branch" LIMIT 1) b, (SELECT id FROM "OrderingBody" LIMIT 1) o, (SELECT id FROM "User" LIMIT 1) u`;
  await client.query(`
    INSERT INTO "Application" (id, "companyId", "createdById", status, "updatedAt", "depositBank")
    SELECT ${uuid("a0", "g")}, c.ids[1 + g % 1000], u.id, 'ISSUED', now(), '〇〇銀行　支店' || (1 + g % ${BANK_BRANCHES}) FROM ${G}, ${masters};
    INSERT INTO "Guarantee" (id, "contractNumber", "applicationId", "companyId", "branchId", "orderingBodyId", kind, form, "projectName", "contractAmount", amount,
      "termFrom", "termTo", "issuedAt", "issuedById", "updatedAt", "depositBankBranchId")
    SELECT ${uuid("b0", "g")}, lpad((g / 100000)::text, 5, '0') || '-' || lpad((g % 100000)::text, 5, '0') || 'A', ${uuid("a0", "g")}, c.ids[1 + g % 1000], b.id, o.id,
      'ADVANCE', 'ELECTRONIC', '県単河川維持工事 第' || g || '工区', 50000000, 20000000, date '2026-04-01', date '2027-03-31', now(), u.id, now(), k.ids[1 + g % ${BANK_BRANCHES}]
    FROM ${G}, ${masters};
    INSERT INTO "UsagePlan" (id, "guaranteeId", "companyId", "branchId", "nextItemNo", "updatedAt")
    SELECT ${uuid("c0", "g")}, ${uuid("b0", "g")}, c.ids[1 + g % 1000], b.id, 10, now() FROM ${G}, ${masters};
    INSERT INTO "UsagePlanVersion" (id, "planId", "versionNo", kind, status, "createdById", "updatedAt")
    SELECT ${uuid("d0", "g")}, ${uuid("c0", "g")}, 1, 'ORIGINAL', 'APPROVED', u.id, now() FROM ${G}, ${masters};
    UPDATE "UsagePlan" SET "approvedVersionId" = ('d0' || substr(id::text, 3))::uuid WHERE id >= ${uuid("c0", String(from))} AND id <= ${uuid("c0", String(to - 1))};
    INSERT INTO "UsagePlanItem" (id, "planId", "itemNo") SELECT ${uuid("e0", "g * 10 + i")}, ${uuid("c0", "g")}, i + 1 FROM ${G}, generate_series(0, 9) i;
    INSERT INTO "UsagePlanLine" (id, "versionId", "itemId", position, category, quantity, "totalAmount", "advanceAmount", "payoutMethod", "scheduledMonth", "payeeKind", payee)
    SELECT ${uuid("f0", "g * 10 + i")}, ${uuid("d0", "g")}, ${uuid("e0", "g * 10 + i")}, i, 'MATERIAL', '一式', 4000000, 2000000, 'OWN_ACCOUNT', date '2026-12-01' + i * interval '1 month', 'MATERIAL', '支払先' || i
    FROM ${G}, generate_series(0, 9) i;
    INSERT INTO "PayoutRequest" (id, "planId", "requestNo", "guaranteeId", "companyId", "branchId", "bankBranchId", "usagePlanVersionId", "createdById", "submittedAt")
    SELECT ${uuid("10", "g * 3 + r")}, ${uuid("c0", "g")}, r + 1, ${uuid("b0", "g")}, c.ids[1 + g % 1000], b.id, k.ids[1 + g % ${BANK_BRANCHES}], ${uuid("d0", "g")}, u.id,
      timestamptz '2026-12-01 09:00+09' + (g * 3 + r) * interval '1 minute'
    FROM ${G}, generate_series(0, 2) r, ${masters};
    -- Every line paid, except the last request of every 50th guarantee: 依頼中 in the banks' inboxes.
    -- The line's bank branch is written here as the trigger would (it is off for the fill: a lookup per row).
    ALTER TABLE "PayoutRequestLine" DISABLE TRIGGER "PayoutRequestLine_bank_branch";
    INSERT INTO "PayoutRequestLine" (id, "requestId", "itemId", position, payee, amount, "payoutMethod", status, "paidAmount", "paidOn", "decidedAt", "bankBranchId")
    SELECT ${uuid("20", "(g * 3 + r) * 10 + i")}, ${uuid("10", "g * 3 + r")}, ${uuid("e0", "g * 10 + i")}, i, '支払先' || i, 500000, 'OWN_ACCOUNT',
      CASE WHEN r = 2 AND g % 50 = 0 THEN 'REQUESTED' ELSE 'PAID' END::"PayoutLineStatus",
      CASE WHEN r = 2 AND g % 50 = 0 THEN NULL ELSE 500000 END, CASE WHEN r = 2 AND g % 50 = 0 THEN NULL ELSE date '2026-12-10' END,
      CASE WHEN r = 2 AND g % 50 = 0 THEN NULL ELSE now() END, k.ids[1 + g % ${BANK_BRANCHES}]
    FROM ${G}, generate_series(0, 2) r, generate_series(0, 9) i, ${masters};
    ALTER TABLE "PayoutRequestLine" ENABLE TRIGGER "PayoutRequestLine_bank_branch";`);
}

async function timed(run: (i: number) => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS + 5; i++) {
    const start = performance.now();
    await run(i);
    if (i >= 5) times.push(performance.now() - start);
  }
  return median(times);
}

export async function benchPayouts(): Promise<string> {
  const lines: string[] = ["## 6. 預託金払出依頼書 (remaining balance and the bank inbox)", ""];
  await withScratchDatabase("bench_payouts", async (url) => {
    const client = new pg.Client({ connectionString: url });
    client.on("error", () => {});
    await client.connect();
    try {
      await seedMasters(client);
      const fillStart = performance.now();
      for (let from = 0; from < GUARANTEES; from += CHUNK) await fill(client, from, Math.min(GUARANTEES, from + CHUNK));
      await client.query(`ANALYZE`);
      const fillSeconds = (performance.now() - fillStart) / 1000;
      const counts = (await client.query<{ n: string }>(`SELECT (SELECT count(*) FROM "PayoutRequestLine")::text n`)).rows[0]!.n;
      const plans = (await client.query<{ id: string; approvedVersionId: string }>(`SELECT id, "approvedVersionId" FROM "UsagePlan" ORDER BY random() LIMIT 200`)).rows;
      const branches = (await client.query<{ id: string }>(`SELECT id FROM "BankBranch" ORDER BY name`)).rows.map((r) => r.id);
      const requests = (await client.query<{ id: string; bankBranchId: string }>(`SELECT id, "bankBranchId" FROM "PayoutRequest" ORDER BY random() LIMIT 200`)).rows;
      const prisma = getPrisma();
      const balance = await timed((i) => loadItemBalances(prisma, plans[i % plans.length]!));
      const inbox = await timed((i) => listBankPayoutRequests({ actor: benchBank(branches[i % branches.length]!) }));
      const detail = await timed((i) => loadPayoutRequestDetail(requests[i % requests.length]!.id, { bankBranchId: requests[i % requests.length]!.bankBranchId }));
      const sample = await listBankPayoutRequests({ actor: benchBank(branches[0]!) });
      lines.push(
        `${GUARANTEES.toLocaleString("en")} 前払金保証, each with an approved 明細書 of 10 lines and 3 払出依頼 drawing on every line (${Number(counts).toLocaleString("en")} request lines), over ${BANK_BRANCHES} bank branches; filled in ${fillSeconds.toFixed(0)} s. Median of ${RUNS} calls (after 5 warm-up), each for another guarantee or branch, against an embedded PostgreSQL 18 on this machine.`,
        "",
        "| what | median server time | goal ≤ 20 ms |",
        "|---|---|---|",
        `| remaining balance of one guarantee (\`loadItemBalances\`: 10 lines, 30 request lines) | ${balance.toFixed(1)} ms | ${balance <= 20 ? "yes" : "NO"} |`,
        `| bank inbox page (\`listBankPayoutRequests\`: ${sample.waiting.length} waiting + ${sample.recent.length} latest of one branch's 6,000 requests) | ${inbox.toFixed(1)} ms | ${inbox <= 20 ? "yes" : "NO"} |`,
        `| bank request page (\`loadPayoutRequestDetail\`: the request, the balances, the evidence documents) | ${detail.toFixed(1)} ms | ${detail <= 20 ? "yes" : "NO"} |`,
        "",
      );
    } finally {
      await client.end().catch(() => {});
    }
  });
  return lines.join("\n");
}

function benchBank(bankBranchId: string): BankActor {
  return { role: "BANK_USER", userId: bankBranchId, name: "ベンチ", email: "bank@example.jp", bankBranchId, bankBranchName: "〇〇銀行 ベンチ支店" };
}
