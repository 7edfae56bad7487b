// Property-based fuzzing of issue 19's entry points: Q&A saves, 「表示しない」 and the digest opt-in, by every
// kind of actor with anything as input. Only success or expected refusals in Japanese; a refusal writes nothing.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { seedQaEntries } from "@/lib/db/seed-qa";
import { setReminderDigest } from "@/lib/server/accounts/set-reminder-digest";
import { issueGuarantees } from "@/lib/server/guarantees/issue-guarantees";
import { loadActor } from "@/lib/server/load-actor";
import { saveQaEntry } from "@/lib/server/qa/save-qa-entry";
import { dismissReminder } from "@/lib/server/reminders/dismiss-reminder";
import { listContractorReminders } from "@/lib/server/reminders/list-contractor-reminders";
import { FUZZ_TEST_TIMEOUT, hostileValue, inputFor } from "../support/fuzz";
import { fuzzEntryPoint } from "../support/fuzz-entry-point";
import { copyOfFlyerApplication, seedAndStaff } from "../support/issue-fixtures";

const RUNS = 1_000;
const prisma = getPrisma();
let all: Actor[];
let keys: string[];
let qaIds: string[];

beforeAll(async () => {
  const { nagano } = await seedAndStaff();
  await seedQaEntries(prisma);
  await issueGuarantees({ applicationId: await copyOfFlyerApplication({ completionMailWanted: false }), actor: nagano });
  const users = await prisma.user.findMany({ where: { email: { in: ["admin@example.jp", "staff.nagano@example.jp", "contractor@example.jp", "contractor2@example.jp", "verifier@saku.example.jp"] } } });
  all = await Promise.all(users.map((u) => loadActor(u.role, { id: u.id })));
  const contractor = all.find((a) => a.role === "CONTRACTOR" && a.email === "contractor@example.jp")!;
  keys = (await listContractorReminders({ actor: contractor as never })).map((r) => r.key);
  qaIds = (await prisma.qaEntry.findMany({ select: { id: true } })).map((q) => q.id);
  expect(keys.length).toBeGreaterThan(0);
}, 120_000);

const mostly = (role: Actor["role"]) => fc.oneof({ arbitrary: fc.constant(all.find((a) => a.role === role)!), weight: 4 }, fc.constantFrom(...all));

describe("help entry points, fuzzed", { timeout: FUZZ_TEST_TIMEOUT }, () => {
  it(`saveQaEntry: ${RUNS} inputs`, async () => {
    const valid = () => ({ category: "保証申込について", question: "質問", answer: "回答", keywords: "", screen: "APPLICATION", sortOrder: "10", published: "on" });
    const id = fc.oneof(fc.constant(undefined), fc.constantFrom(...qaIds), fc.uuid(), hostileValue);
    const tally = await fuzzEntryPoint(fc.record({ actor: mostly("ADMINISTRATOR"), id, input: inputFor(valid) }), (g) => saveQaEntry({ ...g, actor: g.actor as never }), { numRuns: RUNS });
    expect(tally.ok).toBeGreaterThan(0);
  });

  it(`dismissReminder: ${RUNS} inputs`, async () => {
    const input = fc.oneof(hostileValue, fc.record({ reminderKey: fc.oneof(fc.constantFrom(...keys), fc.string(), hostileValue) }));
    const tally = await fuzzEntryPoint(fc.record({ actor: mostly("CONTRACTOR"), input }), (g) => dismissReminder({ ...g, actor: g.actor as never }), { numRuns: RUNS });
    expect(tally.ok).toBeGreaterThan(0);
  });

  it(`setReminderDigest: ${RUNS} inputs`, async () => {
    const input = fc.oneof(hostileValue, fc.record({ reminderDigestWanted: fc.oneof(fc.constantFrom("on", "true", ""), hostileValue) }));
    await fuzzEntryPoint(fc.record({ actor: mostly("CONTRACTOR"), input }), (g) => setReminderDigest({ ...g, actor: g.actor as never }), { numRuns: RUNS });
  });
});
