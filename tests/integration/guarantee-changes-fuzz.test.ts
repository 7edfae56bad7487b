// Property-based fuzzing of the staff's 変更 and 訂正 on issued e-guarantees: only expected refusals
// (in Japanese) or success, and a refusal writes no version, audit entry or mail.
import fc from "fast-check";
import { beforeAll, describe, it } from "vitest";
import { amendGuarantee } from "@/lib/server/guarantees/amend-guarantee";
import { correctGuarantee } from "@/lib/server/guarantees/correct-guarantee";
import { FUZZ_RUNS, FUZZ_TEST_TIMEOUT, inputFor } from "../support/fuzz";
import { fuzzEntryPoint } from "../support/fuzz-entry-point";
import { guaranteeFuzzFixtures } from "../support/fuzz-guarantee-fixtures";

let fixtures: Awaited<ReturnType<typeof guaranteeFuzzFixtures>>;
beforeAll(async () => {
  fixtures = await guaranteeFuzzFixtures();
}, 120_000);

const amendment = () =>
  fc.oneof(
    inputFor(() => ({ changeType: "INCREASE", amount: "1,000", reason: "設計変更による増額" })),
    inputFor(() => ({ changeType: "DECREASE", amount: "1,000", reason: "" })),
    inputFor(() => ({ changeType: "TERM_CHANGE", termTo: "20230630", reason: "工期延長" })),
  );
const correction = () =>
  inputFor(() => ({
    projectName: "令和4年度 県単河川維持工事",
    projectLocation: "長野県佐久市中込 地内",
    jvName: "",
    depositBank: "〇〇銀行　××支店",
    guaranteeAmount: "20,000,000",
    termFrom: "20221101",
    termTo: "20230317",
    reason: "誤記の訂正",
  }));

function staffCall<T>(input: () => fc.Arbitrary<T>) {
  return fc.record({ actor: fixtures.staff, guaranteeId: fixtures.guaranteeId, input: input() });
}

describe("変更・訂正, fuzzed", { timeout: FUZZ_TEST_TIMEOUT }, () => {
  it(`amendGuarantee: ${FUZZ_RUNS} inputs`, async () => {
    await fuzzEntryPoint(staffCall(amendment), (g) => amendGuarantee(g));
  });

  it(`correctGuarantee: ${FUZZ_RUNS} inputs`, async () => {
    await fuzzEntryPoint(staffCall(correction), (g) => correctGuarantee(g));
  });
});
