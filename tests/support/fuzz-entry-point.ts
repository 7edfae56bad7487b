// Fuzzing a server entry point against the real test database: every generated call either succeeds
// or is refused with an expected AppError in Japanese (use cases throw their refusals, they never
// answer them), and a refusal leaves every table exactly as it was (compared by a digest of all their
// rows). An entry point that is not a use case and answers its refusals (sign-in's { ok: false })
// says which answers are refusals through `isRefusal`, so their digest is checked too.
import fc from "fast-check";
import { expect } from "vitest";
import { getPrisma, Prisma } from "@/lib/db/client";
import { AppError, type ErrorCode } from "@/lib/errors";
import { FUZZ_RUNS, allUserMessages, isUserMessage } from "./fuzz";

const EXPECTED_CODES = new Set<ErrorCode>(["VALIDATION", "NOT_FOUND", "CONFLICT", "FORBIDDEN"]);

// Every table an entry point of the portal may write: all of the schema's (a table a new issue adds is
// in without anyone remembering to list it), but LoginAttempt and VerificationAttempt, which sign-in and
// verification write on refusals too (their own tests cover them).
const TABLES = Object.values(Prisma.ModelName).filter((t) => t !== "LoginAttempt" && t !== "VerificationAttempt");

/**
 * A fingerprint of those tables: per table the row count and the newest xmin (the transaction that
 * last wrote a row). Equal fingerprints: no row inserted, updated or deleted. Cheaper than hashing rows.
 */
export async function databaseDigest(): Promise<string> {
  await createDigestFunction();
  const [row] = await getPrisma().$queryRawUnsafe<{ d: string }[]>(`SELECT fuzz_database_digest() AS d`);
  return row!.d;
}

// Planning the thirty-odd subqueries took five times longer than running them, on every call (5,000 per
// entry point): in a PL/pgSQL function of the test database, each connection plans them once.
const digestFunctions = new Map<string, Promise<unknown>>();
function createDigestFunction(): Promise<unknown> {
  const url = process.env.DATABASE_URL ?? "";
  const parts = TABLES.map((t) => `(SELECT count(*) || ':' || coalesce(max(xmin::text::bigint), 0) FROM "${t}")`);
  if (!digestFunctions.has(url)) {
    digestFunctions.set(url, getPrisma().$executeRawUnsafe(`CREATE OR REPLACE FUNCTION fuzz_database_digest() RETURNS text LANGUAGE plpgsql AS $$
      DECLARE d text; BEGIN SELECT concat_ws(',', ${parts.join(", ")}) INTO d; RETURN d; END $$`));
  }
  return digestFunctions.get(url)!;
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
