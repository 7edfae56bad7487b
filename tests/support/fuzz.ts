// Generators and checks shared by the property-based (fast-check) fuzz tests: hostile values of every
// JSON-ish shape, "near-valid" mutations of a valid payload, and what a message shown to a user may be.
import fc from "fast-check";

/** Inputs per property: the issue asks for at least 5,000 generated inputs per target. */
export const FUZZ_RUNS = 5_000;

// Keys that have broken parsers elsewhere (prototype pollution, odd property names).
const oddKey = fc.constantFrom("__proto__", "constructor", "prototype", "toString", "", " ", "0", "password\u0000");

/** Strings users and attackers actually send: full-width text, control characters, SQL and HTML, very long ones. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom("", " ", "　", "０１２３", "20221301", "9".repeat(400), "-1", "1e309", "NaN", "' OR 1=1 --", "<script>alert(1)</script>", "\u0000", "null", "true"),
  fc.nat({ max: 20_000 }).map((n) => "あ".repeat(n)),
);

/** Any value a JSON body or a hand-built FormData could carry, nested a little. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { depthSize: "small" },
  hostileString,
  fc.anything({ maxDepth: 2, key: fc.oneof(fc.string({ maxLength: 8 }), oddKey) }),
  fc.constantFrom(null, undefined, true, false, 0, -0, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, 10n ** 30n),
  fc.double(),
  fc.array(hostileString, { maxLength: 3 }),
);

/** A valid record with some fields replaced by hostile values, some deleted and some extra keys added. */
export function nearValid<T extends Record<string, unknown>>(valid: () => T): fc.Arbitrary<Record<string, unknown>> {
  const keys = Object.keys(valid());
  return fc
    .record({
      replaced: fc.dictionary(fc.constantFrom(...keys), hostileValue, { maxKeys: 4 }),
      deleted: fc.subarray(keys, { maxLength: Math.min(3, keys.length) }),
      extra: fc.dictionary(fc.oneof(oddKey, fc.string({ maxLength: 8 })), hostileValue, { maxKeys: 2 }),
    })
    .map(({ replaced, deleted, extra }) => {
      const record: Record<string, unknown> = { ...valid() };
      for (const [key, value] of Object.entries(replaced)) record[key] = value;
      for (const key of deleted) delete record[key];
      for (const [key, value] of Object.entries(extra)) Object.defineProperty(record, key, { value, enumerable: true, configurable: true, writable: true });
      return record;
    });
}

/** Anything at all, or a near-valid variant of `valid`: both halves of every fuzz target. */
export const inputFor = <T extends Record<string, unknown>>(valid: () => T) => fc.oneof(hostileValue, nearValid(valid));

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e]/;
// What leaks from a library or a stack instead of a message written for the user.
const INTERNAL = /\bat [\w.<>]+ \(|Error:|prisma|Invalid|expected|received|undefined|TypeError|stack|\.ts:\d+/i;

/** A message fit for a user: written in Japanese, with nothing internal in it. */
export function isUserMessage(message: unknown): boolean {
  return typeof message === "string" && JAPANESE.test(message) && !INTERNAL.test(message);
}

/** Every message of a field-error record (or a refusal's formError) fit for a user. */
export function allUserMessages(messages: Record<string, unknown> | undefined): boolean {
  return Object.values(messages ?? {}).every(isUserMessage);
}

/** Per-test limit of the database-backed fuzz tests: each run is well under it alone, but CPUs are shared. */
export const FUZZ_TEST_TIMEOUT = 300_000; // 5,000 inputs with bcrypt or PDFs: about a minute alone, more on a shared machine
