// Property-based fuzzing of the public account entry points: パスワードをお忘れの方 (reset request) and
// setting a password from a link. Only the same answer or expected refusals in Japanese; a refusal
// spends no link and stores no password.
import fc from "fast-check";
import { beforeAll, describe, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { DEMO_USERS, seedDemoAccounts } from "@/lib/db/seed-demo";
import { requestPasswordReset } from "@/lib/server/accounts/request-password-reset";
import { setPasswordWithToken } from "@/lib/server/accounts/set-password-with-token";
import { tokenFromLatestMail } from "../support/accounts";
import { FUZZ_RUNS, FUZZ_TEST_TIMEOUT, hostileString, hostileValue, inputFor } from "../support/fuzz";
import { fuzzEntryPoint } from "../support/fuzz-entry-point";

const emails = DEMO_USERS.map((u) => u.email);

beforeAll(async () => {
  await seedDemoAccounts(getPrisma());
}, 120_000);

describe("account entry points, fuzzed", { timeout: FUZZ_TEST_TIMEOUT }, () => {
  it(`requestPasswordReset: ${FUZZ_RUNS} inputs`, async () => {
    const input = fc.oneof(inputFor(() => ({ email: "contractor@example.jp" })), fc.constantFrom(...emails).map((email) => ({ email: email.toUpperCase() })));
    await fuzzEntryPoint(input, (i) => requestPasswordReset({ input: i }));
  });

  it(`setPasswordWithToken: ${FUZZ_RUNS} inputs`, async () => {
    // Real reset links (spent by the first success), or tokens nobody issued.
    await requestPasswordReset({ input: { email: "contractor2@example.jp" } });
    const realToken = await tokenFromLatestMail("contractor2@example.jp", "PASSWORD_RESET");
    const password = "Sakura-Kensetsu-2027";
    const call = fc.record({
      token: fc.oneof(fc.constant(realToken), fc.stringMatching(/^[A-Za-z0-9_-]{43}$/), hostileString, hostileValue),
      purpose: fc.constantFrom("INVITATION" as const, "PASSWORD_RESET" as const),
      input: inputFor(() => ({ password, passwordConfirm: password })),
    });
    await fuzzEntryPoint(call, (g) => setPasswordWithToken(g));
  });
});
