// Property-based fuzzing of the contractor's 保証申込 entry points (一時保存 and 送信) on the demo
// data: anything, or the flyer's application with fields broken, deleted or added.
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { seedDemo } from "@/lib/db/seed-demo";
import type { ContractorActor } from "@/lib/auth/actor";
import { saveApplicationDraft } from "@/lib/server/applications/save-application-draft";
import { submitApplication } from "@/lib/server/applications/submit-application";
import { loadActor } from "@/lib/server/load-actor";
import { flyerApplication } from "../support/flyer-application";
import { FUZZ_RUNS, FUZZ_TEST_TIMEOUT, hostileValue, inputFor } from "../support/fuzz";
import { fuzzEntryPoint } from "../support/fuzz-entry-point";

const prisma = getPrisma();
let actor: ContractorActor;
let valid: () => ReturnType<typeof flyerApplication>;
let applicationIds: string[];

beforeAll(async () => {
  await seedDemo(prisma);
  actor = await loadActor("CONTRACTOR", { email: "contractor@example.jp" });
  const [saku, nagano] = await Promise.all([
    prisma.orderingBody.findUniqueOrThrow({ where: { name: "佐久市" } }),
    prisma.branch.findUniqueOrThrow({ where: { name: "長野支店" } }),
  ]);
  valid = () => flyerApplication({ orderingBodyId: saku.id, branchId: nagano.id });
  // The company's own applications and another company's: ids a forged form could name.
  applicationIds = (await prisma.application.findMany({ select: { id: true } })).map((a) => a.id);
}, 120_000);

// undefined (a new application), a real id of either company, a random uuid, or junk.
const applicationId = () => fc.oneof(fc.constant(undefined), fc.constantFrom(...applicationIds), fc.uuid(), hostileValue);

describe("保証申込 entry points, fuzzed", { timeout: FUZZ_TEST_TIMEOUT }, () => {
  it(`一時保存 (saveApplicationDraft): ${FUZZ_RUNS} inputs, only answers, and a refusal writes nothing`, async () => {
    const tally = await fuzzEntryPoint(fc.record({ input: inputFor(valid), applicationId: applicationId() }), (g) =>
      saveApplicationDraft({ actor, input: g.input, applicationId: g.applicationId }),
    );
    expect(tally.ok).toBeGreaterThan(0);
  });

  it(`送信 (submitApplication): ${FUZZ_RUNS} inputs, only answers, and a refusal writes nothing`, async () => {
    const submissionKey = fc.oneof(fc.uuid({ version: 4 }).map(() => randomUUID()), hostileValue);
    const tally = await fuzzEntryPoint(fc.record({ input: inputFor(valid), submissionKey, applicationId: applicationId() }), (g) =>
      submitApplication({ actor, input: g.input, submissionKey: g.submissionKey, applicationId: g.applicationId }),
    );
    expect(tally.ok).toBeGreaterThan(0);
  });
});
