// Property-based fuzzing of the credentials that POST /api/auth/callback/credentials hands to
// signInWithPassword (the one body-taking route handler besides /api/v1/verify; next-auth itself
// only forwards the body). Any body: an answer, never a throw; a refused sign-in changes no account
// (it only records its LoginAttempt, which the digest leaves out).
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { DEMO_PASSWORD, seedDemoAccounts } from "@/lib/db/seed-demo";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { FUZZ_RUNS, FUZZ_TEST_TIMEOUT, inputFor } from "../support/fuzz";
import { fuzzEntryPoint } from "../support/fuzz-entry-point";

beforeAll(async () => {
  await seedDemoAccounts(getPrisma());
}, 120_000);

describe("sign-in credentials, fuzzed", { timeout: FUZZ_TEST_TIMEOUT }, () => {
  it(`signInWithPassword: ${FUZZ_RUNS} inputs`, async () => {
    const call = fc.record({
      input: inputFor(() => ({ email: "contractor@example.jp", password: DEMO_PASSWORD })),
      ip: fc.constantFrom("192.0.2.1", "192.0.2.2", "192.0.2.3"),
    });
    await fuzzEntryPoint(
      call,
      async ({ input, ip }) => {
        const result = await signInWithPassword(input, ip);
        expect(typeof result.ok).toBe("boolean");
        return result;
      },
      // Sign-in is not a use case: it answers a refused sign-in instead of throwing it.
      { isRefusal: (result) => !result.ok },
    );
  });
});
