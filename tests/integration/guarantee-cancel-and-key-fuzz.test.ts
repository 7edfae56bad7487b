// Property-based fuzzing of 取消 (staff) and 発注者へ提出 (contractor) on issued e-guarantees: only
// expected refusals (in Japanese) or success, and a refusal writes no version, audit entry or mail.
import fc from "fast-check";
import { beforeAll, describe, it } from "vitest";
import { cancelGuarantee } from "@/lib/server/guarantees/cancel-guarantee";
import { issueKeySubmissionToken } from "@/lib/server/guarantees/issue-key-submission-token";
import { submitKeyToOrderingBody } from "@/lib/server/guarantees/submit-key-to-ordering-body";
import { FUZZ_RUNS, FUZZ_TEST_TIMEOUT, inputFor } from "../support/fuzz";
import { fuzzEntryPoint } from "../support/fuzz-entry-point";
import { guaranteeFuzzFixtures } from "../support/fuzz-guarantee-fixtures";

let fixtures: Awaited<ReturnType<typeof guaranteeFuzzFixtures>>;
// One 発注者へ提出 token issued by the server (for the first guarantee, before the 取消 fuzzing cancels it):
// the first accepted input spends it, later ones replay it or are refused (another guarantee's, or one the
// fuzzer changed).
let token: string;
beforeAll(async () => {
  fixtures = await guaranteeFuzzFixtures();
  token = await issueKeySubmissionToken({ actor: fixtures.contractor, guaranteeId: fixtures.guaranteeIds[0]! });
}, 120_000);

describe("取消・発注者へ提出, fuzzed", { timeout: FUZZ_TEST_TIMEOUT }, () => {
  it(`cancelGuarantee: ${FUZZ_RUNS} inputs`, async () => {
    const call = fc.record({ actor: fixtures.staff, guaranteeId: fixtures.guaranteeId, input: inputFor(() => ({ reason: "契約解除のため" })) });
    await fuzzEntryPoint(call, (g) => cancelGuarantee(g));
  });

  it(`submitKeyToOrderingBody: ${FUZZ_RUNS} inputs`, async () => {
    const input = inputFor(() => ({ to: "", submissionToken: token }));
    const call = fc.record({ guaranteeId: fixtures.guaranteeId, input });
    await fuzzEntryPoint(call, (g) => submitKeyToOrderingBody({ actor: fixtures.contractor, ...g }));
  });
});
