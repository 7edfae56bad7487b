// Property-based fuzzing of 取消 (staff) and 発注者へ提出 (contractor) on issued e-guarantees: only
// expected refusals (in Japanese) or success, and a refusal writes no version, audit entry or mail.
import fc from "fast-check";
import { beforeAll, describe, it } from "vitest";
import { cancelGuarantee } from "@/lib/server/guarantees/cancel-guarantee";
import { submitKeyToOrderingBody } from "@/lib/server/guarantees/submit-key-to-ordering-body";
import { FUZZ_RUNS, FUZZ_TEST_TIMEOUT, inputFor } from "../support/fuzz";
import { fuzzEntryPoint } from "../support/fuzz-entry-point";
import { guaranteeFuzzFixtures } from "../support/fuzz-guarantee-fixtures";

let fixtures: Awaited<ReturnType<typeof guaranteeFuzzFixtures>>;
beforeAll(async () => {
  fixtures = await guaranteeFuzzFixtures();
}, 120_000);

describe("取消・発注者へ提出, fuzzed", { timeout: FUZZ_TEST_TIMEOUT }, () => {
  it(`cancelGuarantee: ${FUZZ_RUNS} inputs`, async () => {
    const call = fc.record({ actor: fixtures.staff, guaranteeId: fixtures.guaranteeId, input: inputFor(() => ({ reason: "契約解除のため" })) });
    await fuzzEntryPoint(call, (g) => cancelGuarantee(g));
  });

  it(`submitKeyToOrderingBody: ${FUZZ_RUNS} inputs`, async () => {
    const input = inputFor(() => ({ to: "", submissionToken: "5b0e6a52-3f0f-4b8e-9a57-0b0e1c2d3e4f" }));
    const call = fc.record({ guaranteeId: fixtures.guaranteeId, input });
    await fuzzEntryPoint(call, (g) => submitKeyToOrderingBody({ actor: fixtures.contractor, ...g }));
  });
});
