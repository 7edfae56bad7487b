// 4. Issuance: applications issued per second by 16 staff pressing 発行 at once, through the same use
//    case as the button (issueGuarantees, one transaction each: serial, 認証キー, signed version 1,
//    audit, outbox), in a throw-away embedded PostgreSQL; then proof of zero duplicates.
//    Baseline: one staff member issuing one application after another.
import { getPrisma } from "@/lib/db/client";
import type { StaffActor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/server/load-actor";
import { issueConcurrently, type IssueJob } from "@/tests/support/issue-concurrently";
import { copyOfFlyerApplication, seedAndStaff } from "@/tests/support/issue-fixtures";
import { ensureTestSecrets } from "@/tests/support/test-secrets";
import { withScratchDatabase } from "./scratch-database";

const STAFF = 16;
const APPLICATIONS = 320;

/** Two more branches with one staff member each, so 16 staff can be spread over four branches. */
async function extraBranches(): Promise<StaffActor[]> {
  const prisma = getPrisma();
  const actors: StaffActor[] = [];
  for (const n of [1, 2]) {
    const branch = await prisma.branch.create({
      data: { name: `ベンチ支店${n}`, officeCode: `3890${n}`, postalCode: "380-0000", address: "長野県", phone: "026-000-0000", email: `bench${n}@surety.example.jp` },
    });
    const user = await prisma.user.create({ data: { email: `bench${n}@surety.example.jp`, name: `ベンチ ${n}`, role: "SURETY_STAFF", branchId: branch.id } });
    actors.push(await loadActor("SURETY_STAFF", { id: user.id }));
  }
  return actors;
}

async function jobsFor(staff: StaffActor[], count: number): Promise<IssueJob[]> {
  const jobs: IssueJob[] = [];
  for (let i = 0; i < count; i++) {
    const actor = staff[i % staff.length]!;
    jobs.push({ applicationId: await copyOfFlyerApplication({ branchId: actor.branchId }), staff: actor });
  }
  return jobs;
}

async function timed(jobs: IssueJob[], callers: number) {
  const start = performance.now();
  const outcomes = await issueConcurrently(jobs, callers);
  const seconds = (performance.now() - start) / 1000;
  const guarantees = outcomes.reduce((n, o) => n + o.guarantees.length, 0);
  return { seconds, perSecond: outcomes.length / seconds, guaranteesPerSecond: guarantees / seconds, repeated: outcomes.filter((o) => o.alreadyIssued).length };
}

/** Everything issued in the database: duplicates of numbers or key hashes, and serials that skip or repeat. */
async function duplicates() {
  const [row] = await getPrisma().$queryRaw<{ guarantees: bigint; numbers: bigint; keys: bigint; hashes: bigint; gaps: bigint }[]>`
    SELECT (SELECT count(*) FROM "Guarantee") AS guarantees,
           (SELECT count(DISTINCT "contractNumber") FROM "Guarantee") AS numbers,
           (SELECT count(*) FROM "AuthKey") AS keys,
           (SELECT count(DISTINCT "keyHash") FROM "AuthKey") AS hashes,
           (SELECT count(*) FROM "Branch" b WHERE b."nextSerial" <>
              (SELECT count(DISTINCT substr(g."contractNumber", 7, 5)) FROM "Guarantee" g WHERE g."branchId" = b.id)) AS gaps`;
  return { guarantees: Number(row!.guarantees), numbers: Number(row!.numbers), keys: Number(row!.keys), hashes: Number(row!.hashes), gaps: Number(row!.gaps) };
}

export async function benchIssuance(): Promise<string> {
  ensureTestSecrets();
  return withScratchDatabase("bench_issue", async () => {
    const { nagano, shizuoka } = await seedAndStaff();
    const fourBranches = [nagano, shizuoka, ...(await extraBranches())];
    const baseline = await timed(await jobsFor([nagano], 40), 1);
    const oneBranch = await timed(await jobsFor([nagano], APPLICATIONS), STAFF);
    const spread = await timed(await jobsFor(fourBranches, APPLICATIONS), STAFF);
    const check = await duplicates();
    const clean = check.numbers === check.guarantees && check.hashes === check.keys && check.gaps === 0;
    const row = (name: string, r: Awaited<ReturnType<typeof timed>>, n: number) =>
      `| ${name} | ${n} | ${r.perSecond.toFixed(1)} | ${r.guaranteesPerSecond.toFixed(1)} | ${r.seconds.toFixed(1)} s |`;
    return [
      "## 4. Issuance (発行)",
      "",
      `\`issueGuarantees\` (what 発行 calls) on copies of the flyer's application (前払金保証 + 契約保証, both 電子保証: two guarantees, two 認証キー, two signed versions each), one process with the default pool (DATABASE_POOL_SIZE ${process.env.DATABASE_POOL_SIZE ?? 10}), embedded PostgreSQL 18 on the same cores.`,
      "",
      "| who issues | applications | applications/s | guarantees/s | wall time |",
      "|---|---|---|---|---|",
      row("baseline: 1 staff member, one after another (長野支店)", baseline, 40),
      row(`${STAFF} staff at once, one branch (every issue takes the same serial row lock)`, oneBranch, APPLICATIONS),
      row(`${STAFF} staff at once, spread over 4 branches`, spread, APPLICATIONS),
      "",
      `Duplicates after all ${check.guarantees} guarantees: ${check.guarantees - check.numbers} repeated 保証契約番号, ${check.keys - check.hashes} repeated 認証キー hashes, ${check.gaps} branches whose serials skip or repeat, ${oneBranch.repeated + spread.repeated + baseline.repeated} applications issued twice — ${clean ? "zero duplicates (goal met)" : "DUPLICATES FOUND"}.`,
      "",
    ].join("\n");
  });
}
