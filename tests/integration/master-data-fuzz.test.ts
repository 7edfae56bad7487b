// Property-based fuzzing of 発注者マスタ and 支店マスタ saves: administrators and other actors, new and
// existing rows, anything as input. Only success or expected refusals in Japanese; a refusal writes nothing.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { seedDemoAccounts } from "@/lib/db/seed-demo";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/server/load-actor";
import { saveBranch } from "@/lib/server/master-data/save-branch";
import { saveOrderingBody } from "@/lib/server/master-data/save-ordering-body";
import { FUZZ_RUNS, FUZZ_TEST_TIMEOUT, hostileValue, inputFor } from "../support/fuzz";
import { fuzzEntryPoint } from "../support/fuzz-entry-point";

const prisma = getPrisma();
let actors: fc.Arbitrary<Actor>;
let orderingBodyIds: string[];
let branchIds: string[];

beforeAll(async () => {
  await seedDemoAccounts(prisma);
  const users = await prisma.user.findMany({ where: { email: { in: ["admin@example.jp", "staff.nagano@example.jp", "contractor@example.jp", "verifier@saku.example.jp"] } } });
  const all = await Promise.all(users.map((u) => loadActor(u.role, { id: u.id })));
  // Mostly the administrator, so inputs reach past the role check.
  const administrator = all.find((a) => a.role === "ADMINISTRATOR")!;
  actors = fc.oneof({ arbitrary: fc.constant<Actor>(administrator), weight: 4 }, fc.constantFrom<Actor>(...all));
  orderingBodyIds = (await prisma.orderingBody.findMany({ select: { id: true } })).map((o) => o.id);
  branchIds = (await prisma.branch.findMany({ select: { id: true } })).map((b) => b.id);
}, 120_000);

const rowId = (ids: string[]) => fc.oneof(fc.constant(undefined), fc.constantFrom(...ids), fc.uuid(), hostileValue);

describe("master data entry points, fuzzed", { timeout: FUZZ_TEST_TIMEOUT }, () => {
  it(`saveOrderingBody: ${FUZZ_RUNS} inputs`, async () => {
    const valid = () => ({
      name: "テスト町",
      prefecture: "長野県",
      eGuaranteeEnabled: "on",
      keySubmissionEmail: "keiyaku@town.example.jp",
      keyEmailSubjectTemplate: "",
      advanceLimitNumerator: "4",
      advanceLimitDenominator: "10",
      contractMinNumerator: "1",
      contractMinDenominator: "10",
      active: "on",
    });
    const call = fc.record({ actor: actors, id: rowId(orderingBodyIds), input: inputFor(valid) });
    // Other roles on purpose (FORBIDDEN): the type admits administrators only.
    await fuzzEntryPoint(call, (g) => saveOrderingBody({ ...g, actor: g.actor as never }));
  });

  it(`saveBranch: ${FUZZ_RUNS} inputs`, async () => {
    const valid = () => ({ name: "松本支店", officeCode: "37099", postalCode: "390-0811", address: "長野県松本市中央1-1-1", phone: "0263-00-0000", email: "matsumoto@example.jp", active: "on" });
    const call = fc.record({ actor: actors, id: rowId(branchIds), input: inputFor(valid) });
    await fuzzEntryPoint(call, (g) => saveBranch({ ...g, actor: g.actor as never }));
  });
});

// The counterexample fuzzing found: PostgreSQL refused the NUL and the save answered a 500.
it("a branch named with a NUL character is saved without it", async () => {
  const administrator = await loadActor("ADMINISTRATOR", { email: "admin@example.jp" });
  const input = { name: "諏訪\u0000支店", officeCode: "37098", postalCode: "392-0000", address: "長野県諏訪市1-1", phone: "0266-00-0000", email: "suwa@example.jp", active: "on" };
  const id = await saveBranch({ actor: administrator, input });
  expect((await prisma.branch.findUniqueOrThrow({ where: { id } })).name).toBe("諏訪支店");
});
