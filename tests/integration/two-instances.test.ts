// Two app instances on one database, issuing at once: each is a separate Node process with its own
// Prisma pool (as two servers behind a load balancer are), and both try to issue EVERY application —
// one front to back, the other back to front, 8 callers each — so they collide on the same
// applications and on the same branch serials. Every application must be issued exactly once, with
// no 保証契約番号 and no 認証キー twice, and serials without gaps. (Throttling across two real HTTP
// servers is tests/e2e/two-instances.spec.ts.)
import { spawn } from "node:child_process";
import readline from "node:readline";
import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { formatContractNumber, isValidContractNumber } from "@/lib/domain/contract-number";
import type { StaffActor } from "@/lib/auth/actor";
import type { IssueJob, IssueOutcome } from "../support/issue-concurrently";
import { copyOfFlyerApplication, seedAndStaff } from "../support/issue-fixtures";

const PER_BRANCH = 15;
const prisma = getPrisma();
let jobs: IssueJob[] = [];

/** Starts one instance, resolves once it is connected; `go()` lets it issue; `done` is its outcomes. */
function startInstance(ordered: IssueJob[]) {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/support/issuing-instance.ts"], {
    cwd: process.cwd(),
    env: { ...process.env, ISSUE_JOBS: JSON.stringify(ordered), ISSUE_CALLERS: "8" },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const lines = readline.createInterface({ input: child.stdout });
  const ready = new Promise<void>((resolve) => lines.once("line", () => resolve()));
  const done = new Promise<IssueOutcome[]>((resolve, reject) => {
    let last = "";
    lines.on("line", (line) => (last = line));
    child.once("exit", (code) => (code === 0 ? resolve(JSON.parse(last) as IssueOutcome[]) : reject(new Error(`instance exited ${code}: ${stderr}`))));
  });
  return { ready, done, go: () => child.stdin.end("go\n") };
}

beforeAll(async () => {
  const { nagano, shizuoka } = await seedAndStaff();
  const make = async (staff: StaffActor) => ({ applicationId: await copyOfFlyerApplication({ branchId: staff.branchId }), staff });
  for (let i = 0; i < PER_BRANCH; i++) jobs.push(await make(nagano), await make(shizuoka));
});

describe("two app instances issuing on one database", () => {
  it("issue every application exactly once, with unique numbers and keys and gap-free serials", async () => {
    const instances = [startInstance(jobs), startInstance([...jobs].reverse())];
    await Promise.all(instances.map((i) => i.ready));
    for (const instance of instances) instance.go();
    const [first, second] = await Promise.all(instances.map((i) => i.done));

    // Both instances answered for every application; each was issued by exactly one of them, and the
    // other got the same guarantees back as already issued.
    for (const outcomes of [first!, second!]) expect(outcomes).toHaveLength(jobs.length);
    const issuedBy = (outcomes: IssueOutcome[]) => outcomes.filter((o) => !o.alreadyIssued);
    expect(issuedBy(first!).length).toBeGreaterThan(0);
    expect(issuedBy(second!).length).toBeGreaterThan(0);
    const fresh = [...issuedBy(first!), ...issuedBy(second!)];
    expect(fresh.map((o) => o.applicationId).sort()).toEqual(jobs.map((j) => j.applicationId).sort());
    for (const outcome of [...first!, ...second!]) {
      const original = fresh.find((o) => o.applicationId === outcome.applicationId)!;
      expect(outcome.guarantees.map((g) => g.contractNumber).sort()).toEqual(original.guarantees.map((g) => g.contractNumber).sort());
    }

    const guarantees = await prisma.guarantee.findMany({ include: { authKey: true, branch: true } });
    expect(guarantees).toHaveLength(2 * jobs.length);
    expect(new Set(guarantees.map((g) => g.contractNumber)).size).toBe(guarantees.length);
    expect(new Set(guarantees.map((g) => Buffer.from(g.authKey!.keyHash).toString("hex"))).size).toBe(guarantees.length);
    for (const g of guarantees) expect(isValidContractNumber(g.contractNumber)).toBe(true);

    // Per branch, the serials are exactly 0 … n-1: none skipped, none taken twice.
    for (const branch of new Set(guarantees.map((g) => g.branch.officeCode))) {
      const numbers = guarantees.filter((g) => g.branch.officeCode === branch).map((g) => g.contractNumber).sort();
      const expected = Array.from({ length: 2 * PER_BRANCH }, (_, n) => formatContractNumber(branch, n));
      expect(numbers).toEqual(expected);
    }

    // The rest of each issue happened once too: status, and one completion e-mail per application.
    expect(await prisma.application.count({ where: { id: { in: jobs.map((j) => j.applicationId) }, status: "ISSUED" } })).toBe(jobs.length);
    expect(await prisma.emailOutbox.count()).toBe(jobs.length);
  });
});
