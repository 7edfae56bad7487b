// 支店マスタ: the 事務所コード is frozen once a 保証契約番号 carries it. A code change and an issue of the
// same branch at once must never leave a guarantee with the old code after the change commits: either
// the change is refused (the issue came first) or the issued number carries the new code (the change
// came first). Both take the branch row lock before they read what the other writes.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import type { AdministratorActor } from "@/lib/auth/actor";
import { saveBranch } from "@/lib/server/master-data/save-branch";
import { issueGuarantees } from "@/lib/server/guarantees/issue-guarantees";
import { loadActor } from "@/lib/server/load-actor";
import { copyOfFlyerApplication, errorOf, seedAndStaff } from "../support/issue-fixtures";

const prisma = getPrisma();
const CODE_FROZEN = "保証契約番号を発行済みの支店は、事務所コードを変更できません。";
let admin: AdministratorActor; // 支店マスタ is the administrators'
let branchNo = 0;

beforeAll(async () => {
  await seedAndStaff();
  admin = await loadActor("ADMINISTRATOR", { email: "admin@example.jp" });
});

/** A new branch with no guarantee yet, a staff member of it, and an accepted application sent to it. */
async function freshBranch() {
  branchNo += 1;
  const officeCode = String(38000 + branchNo * 2);
  const input = {
    name: `競合確認${branchNo}支店`,
    officeCode,
    postalCode: "390-0811",
    address: "長野県松本市中央 1-1",
    phone: "0263-00-0000",
    email: `race${branchNo}@surety.example.jp`,
    active: "on",
  };
  const branchId = await saveBranch({ actor: admin, input });
  const user = await prisma.user.create({ data: { email: `staff.race${branchNo}.${randomUUID().slice(0, 6)}@example.jp`, name: "競合 確認", role: "SURETY_STAFF", branchId } });
  const staff = await loadActor("SURETY_STAFF", { id: user.id });
  const applicationId = await copyOfFlyerApplication({ branchId });
  const changed = { ...input, officeCode: String(38000 + branchNo * 2 + 1) };
  return { branchId, staff, applicationId, oldCode: officeCode, newCode: changed.officeCode, changed };
}

/** A promise (`opened`) and what opens it (`open`): to hold one transaction at a chosen point. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

/** Resolves once `n` sessions of this database wait for a lock (the other transaction has reached it). */
async function untilWaitingForLock(n = 1) {
  for (let i = 0; i < 500; i++) {
    const [row] = await prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
    if (row!.n >= n) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error("no session is waiting for a lock");
}

/** The invariant: every guarantee of the branch carries the office code the branch has now. */
async function expectNumbersCarryTheBranchCode(branchId: string) {
  const branch = await prisma.branch.findUniqueOrThrow({ where: { id: branchId } });
  const numbers = (await prisma.guarantee.findMany({ where: { branchId } })).map((g) => g.contractNumber);
  expect(numbers.length).toBeGreaterThan(0);
  for (const number of numbers) expect(number.slice(0, 5)).toBe(branch.officeCode);
  return branch.officeCode;
}

describe("事務所コード change and 発行 at once", () => {
  it("an issue already writing: the code change waits for it, then is refused", async () => {
    const { branchId, staff, applicationId, oldCode, changed } = await freshBranch();
    const atFirstGuarantee = gate();
    const issueMayFinish = gate();
    const issuing = issueGuarantees({
      applicationId,
      actor: staff,
      hooks: { afterGuarantee: async (_tx, index) => { if (index === 0) { atFirstGuarantee.open(); await issueMayFinish.opened; } } },
    });
    await atFirstGuarantee.opened; // the first guarantee is written (not committed) with the current code
    const saving = errorOf(saveBranch({ actor: admin, id: branchId, input: changed }));
    await untilWaitingForLock(); // the change waits for the issuing transaction
    issueMayFinish.open();

    const [issued, refusal] = await Promise.all([issuing, saving]);
    expect(issued.guarantees.map((g) => g.contractNumber.slice(0, 5))).toEqual([oldCode, oldCode]);
    expect(refusal).toMatchObject({ code: "CONFLICT", fieldErrors: { officeCode: CODE_FROZEN } });
    expect(await expectNumbersCarryTheBranchCode(branchId)).toBe(oldCode);
  });

  it("a code change already writing: the issue waits for it, then numbers with the new code", async () => {
    const { branchId, staff, applicationId, newCode, changed } = await freshBranch();
    // Hold the branch row so that the change queues first and the issue after it.
    const holding = gate();
    const release = gate();
    const holder = prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT 1 FROM "Branch" WHERE id = ${branchId}::uuid FOR UPDATE`;
      holding.open();
      await release.opened;
    }, { timeout: 30_000 });
    await holding.opened;
    const saving = saveBranch({ actor: admin, id: branchId, input: changed });
    await untilWaitingForLock(1);
    const issuing = issueGuarantees({ applicationId, actor: staff });
    await untilWaitingForLock(2);
    release.open();

    await holder;
    await saving;
    const issued = await issuing;
    expect(issued.guarantees.map((g) => g.contractNumber.slice(0, 5))).toEqual([newCode, newCode]);
    expect(await expectNumbersCarryTheBranchCode(branchId)).toBe(newCode);
  });

  it("started together, again and again: never a guarantee with the old code after the change commits", async () => {
    for (let round = 0; round < 6; round++) {
      const { branchId, staff, applicationId, oldCode, newCode, changed } = await freshBranch();
      const [issued, refusal] = await Promise.all([
        issueGuarantees({ applicationId, actor: staff }),
        errorOf(saveBranch({ actor: admin, id: branchId, input: changed })),
      ]);
      const code = await expectNumbersCarryTheBranchCode(branchId);
      if (refusal) {
        expect(refusal).toMatchObject({ code: "CONFLICT", fieldErrors: { officeCode: CODE_FROZEN } });
        expect(code).toBe(oldCode);
      } else {
        expect(code).toBe(newCode);
      }
      expect(issued.guarantees).toHaveLength(2);
    }
  });
});
