// Property-based fuzzing of POST /api/v1/verify through its route handler, on a real issued
// e-guarantee: random JSON, near-valid bodies, random bytes, huge strings. The answer is always
// 200/400/404/429 with the documented JSON shape, never a 5xx, never anything internal; and
// verifying writes nothing to the guarantee tables.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/verify/route";
import { ownServerClientIpHeaders } from "@/lib/auth/client-ip";
import { getPrisma } from "@/lib/db/client";
import { seedDemoAccounts } from "@/lib/db/seed-demo";
import { FUZZ_RUNS, FUZZ_TEST_TIMEOUT, hostileString, inputFor, isUserMessage, allUserMessages } from "../support/fuzz";
import { issueRowCounts } from "../support/issue-fixtures";
import { issueTestGuarantees } from "../support/issued-guarantees";

let validBody: () => { contractNumber: string; authKey: string };

beforeAll(async () => {
  await seedDemoAccounts(getPrisma());
  const advance = (await issueTestGuarantees()).guarantees.find((g) => g.kind === "ADVANCE")!;
  validBody = () => ({ contractNumber: advance.contractNumber, authKey: advance.authKey! });
});

// JSON.stringify refuses bigints; a client would send them as numbers.
const toJson = (value: unknown) => JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? Number(v) : v)) ?? "";

// Built once the guarantee exists (the near-valid half mutates its real number and key).
const requests = () => fc.record({
  body: fc.oneof(
  inputFor(validBody).map(toJson),
  hostileString,
  fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)),
  fc.nat({ max: 100_000 }).map((n) => `{"contractNumber":"${"9".repeat(n)}","authKey":"x"}`),
  ),
  contentType: fc.constantFrom("application/json", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data"),
  ip: fc.constantFrom("192.0.2.1", "192.0.2.2", "2001:db8::1", "x".repeat(80)),
});

describe("POST /api/v1/verify, fuzzed", { timeout: FUZZ_TEST_TIMEOUT }, () => {
  it(`answers ${FUZZ_RUNS} generated requests with 200/400/404/429 and a clean JSON body`, async () => {
    const before = await issueRowCounts();
    await fc.assert(
      fc.asyncProperty(requests(), async ({ body, contentType, ip }) => {
        const response = await POST(
          new Request("http://localhost/api/v1/verify", { method: "POST", headers: { "content-type": contentType, ...ownServerClientIpHeaders(ip) }, body }),
        );
        expect([200, 400, 404, 429]).toContain(response.status);
        const text = await response.text();
        const json = JSON.parse(text) as { contractNumber?: string; error?: { code: string; message: string; fields?: Record<string, string> } };
        if (response.status === 200) {
          expect(json.contractNumber).toBe(validBody().contractNumber);
          return;
        }
        expect(Object.keys(json)).toEqual(["error"]);
        expect(typeof json.error!.code).toBe("string");
        expect(isUserMessage(json.error!.message), json.error!.message).toBe(true);
        expect(allUserMessages(json.error!.fields), text).toBe(true);
      }),
      { numRuns: FUZZ_RUNS },
    );
    expect(await issueRowCounts()).toEqual(before);
  });
});
