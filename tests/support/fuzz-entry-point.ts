// Fuzzing a server entry point against the real test database: every generated call either succeeds
// or is refused with an expected AppError (or a refused ApplicationActionResult) in Japanese, and a
// refusal leaves every table exactly as it was (compared by a digest of all their rows).
import fc from "fast-check";
import { expect } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { AppError, type ErrorCode } from "@/lib/errors";
import { FUZZ_RUNS, allUserMessages, isUserMessage } from "./fuzz";

const EXPECTED_CODES = new Set<ErrorCode>(["VALIDATION", "NOT_FOUND", "CONFLICT", "FORBIDDEN"]);

// Every table an entry point of the portal may write (LoginAttempt and VerificationAttempt are
// written by sign-in and verification only, which have their own tests).
const TABLES = ["ContractorCompany", "Branch", "OrderingBody", "User", "UserToken", "Application", "Guarantee", "AuthKey", "CertificateVersion", "AuditEntry", "EmailOutbox"];

/**
 * A fingerprint of those tables: per table the row count and the newest xmin (the transaction that
 * last wrote a row). Equal fingerprints: no row inserted, updated or deleted. Cheaper than hashing rows.
 */
export async function databaseDigest(): Promise<string> {
  const parts = TABLES.map((t) => `(SELECT count(*) || ':' || coalesce(max(xmin::text::bigint), 0) FROM "${t}")`);
  const [row] = await getPrisma().$queryRawUnsafe<{ d: string }[]>(`SELECT concat_ws(',', ${parts.join(", ")}) AS d`);
  return row!.d;
}

type Outcome = "ok" | "refused";

/** What an entry point answered, checked: an expected refusal (in Japanese), or success. */
async function outcomeOf(call: () => Promise<unknown>): Promise<Outcome> {
  let answer: unknown;
  try {
    answer = await call();
  } catch (error) {
    expect(error, String((error as Error)?.stack ?? error)).toBeInstanceOf(AppError);
    const appError = error as AppError;
    expect(EXPECTED_CODES.has(appError.code), appError.code).toBe(true);
    expect(isUserMessage(appError.message), appError.message).toBe(true);
    expect(allUserMessages(appError.fieldErrors), JSON.stringify(appError.fieldErrors)).toBe(true);
    return "refused";
  }
  // The 保証申込 actions answer refusals instead of throwing them.
  const result = answer as { ok?: boolean; fieldErrors?: Record<string, string>; formError?: string } | undefined;
  if (result?.ok === false) {
    expect(allUserMessages({ ...result.fieldErrors, form: result.formError ?? "入力" }), JSON.stringify(result)).toBe(true);
    return "refused";
  }
  return "ok";
}

/**
 * Runs `call` on FUZZ_RUNS generated inputs; returns how many were refused and how many succeeded,
 * so a test can also show that its generator reaches past the parser.
 */
export async function fuzzEntryPoint<T>(input: fc.Arbitrary<T>, call: (input: T) => Promise<unknown>, numRuns = FUZZ_RUNS) {
  const tally = { ok: 0, refused: 0 };
  let digest = await databaseDigest();
  await fc.assert(
    fc.asyncProperty(input, async (value) => {
      const outcome = await outcomeOf(() => call(value));
      tally[outcome] += 1;
      const after = await databaseDigest();
      if (outcome === "refused") expect(after, "a refusal changed the database").toBe(digest);
      digest = after;
    }),
    { numRuns },
  );
  return tally;
}
