// Fuzzing a server entry point against the real test database: every generated call either succeeds
// or is refused with an expected AppError in Japanese (use cases throw their refusals, they never
// answer them), and a refusal leaves every table exactly as it was (compared by a digest of all their
// rows). An entry point that is not a use case and answers its refusals (sign-in's { ok: false })
// says which answers are refusals through `isRefusal`, so their digest is checked too.
import fc from "fast-check";
import { expect } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { AppError, type ErrorCode } from "@/lib/errors";
import { FUZZ_RUNS, allUserMessages, isUserMessage } from "./fuzz";

const EXPECTED_CODES = new Set<ErrorCode>(["VALIDATION", "NOT_FOUND", "CONFLICT", "FORBIDDEN"]);

// Every table an entry point of the portal may write (LoginAttempt and VerificationAttempt are
// written by sign-in and verification only, which have their own tests).
const TABLES = ["ContractorCompany", "Branch", "OrderingBody", "User", "UserToken", "Application", "Guarantee", "AuthKey", "CertificateVersion", "AuditEntry", "EmailOutbox", "QaEntry", "ReminderDismissal"];

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
async function outcomeOf(call: () => Promise<unknown>, isRefusal?: (answer: unknown) => boolean): Promise<Outcome> {
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
  if (isRefusal) return isRefusal(answer) ? "refused" : "ok";
  // A use case that answered a refusal instead of throwing it would escape the checks above.
  const refusalAnswered = (answer as { ok?: unknown } | null | undefined)?.ok === false;
  expect(refusalAnswered, "a refusal answered ({ ok: false }) instead of thrown").toBe(false);
  return "ok";
}

/**
 * Runs `call` on FUZZ_RUNS generated inputs; returns how many were refused and how many succeeded,
 * so a test can also show that its generator reaches past the parser.
 */
export async function fuzzEntryPoint<T, A>(
  input: fc.Arbitrary<T>,
  call: (input: T) => Promise<A>,
  { numRuns = FUZZ_RUNS, isRefusal }: { numRuns?: number; isRefusal?: (answer: A) => boolean } = {},
) {
  const tally = { ok: 0, refused: 0 };
  let digest = await databaseDigest();
  await fc.assert(
    fc.asyncProperty(input, async (value) => {
      const outcome = await outcomeOf(() => call(value), isRefusal as ((answer: unknown) => boolean) | undefined);
      tally[outcome] += 1;
      const after = await databaseDigest();
      if (outcome === "refused") expect(after, "a refusal changed the database").toBe(digest);
      digest = after;
    }),
    { numRuns },
  );
  return tally;
}
