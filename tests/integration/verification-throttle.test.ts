// The throttle's counting rules, with a clock the test moves, through the same function the
// verification uses (recordVerificationAttempt, one SQL function) and the Retry-After it reports when
// refusing. Every attempt here is a failure (no such number). (The API's 429 answers and the
// right-key-refused-while-locked case are tested with the verification endpoint.)
import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { checkVerificationThrottle, NUMBER_WINDOW_MS } from "@/lib/server/verification/throttle";
import { recordVerificationAttempt } from "@/lib/server/verification/verification-attempt";

const prisma = getPrisma();

async function attempt(contractNumber: string, ipAddress: string, now: Date) {
  const outcome = await recordVerificationAttempt(prisma, { contractNumber, authKey: "AAAAAAAAAAAA", ipAddress, userId: null, now });
  if (outcome.recorded) return { allowed: true };
  return checkVerificationThrottle(prisma, { contractNumber, ipAddress, now });
}

describe("verification throttle", () => {
  it("refuses a number after 10 failures within 15 minutes, from any address, until the window has passed", async () => {
    const t0 = Date.parse("2026-11-23T09:00:00Z");
    for (let i = 0; i < 10; i++) {
      expect(await attempt("37071-00001A", `10.0.0.${i}`, new Date(t0 + i * 60_000))).toEqual({ allowed: true });
    }
    const locked = await attempt("37071-00001A", "10.9.9.9", new Date(t0 + 10 * 60_000));
    expect(locked).toEqual({ allowed: false, retryAfterSeconds: 5 * 60 });
    // Another number is not affected.
    expect(await attempt("37071-00002B", "10.9.9.9", new Date(t0 + 10 * 60_000))).toEqual({ allowed: true });
    // Once the first failure leaves the window, one more attempt is allowed.
    expect(await attempt("37071-00001A", "10.9.9.9", new Date(t0 + NUMBER_WINDOW_MS + 1_000))).toEqual({ allowed: true });
  });

  it("allows at most 60 attempts a minute from one address, whatever the numbers", async () => {
    const t0 = Date.parse("2026-11-23T10:00:00Z");
    for (let i = 0; i < 60; i++) {
      const verdict = await attempt(`37071-${String(i).padStart(5, "0")}X`, "10.1.1.1", new Date(t0 + i * 500));
      expect(verdict.allowed).toBe(true);
    }
    const refused = await attempt("37071-99999Z", "10.1.1.1", new Date(t0 + 30_000));
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 30 });
    expect((await attempt("37071-99999Z", "10.1.1.2", new Date(t0 + 30_000))).allowed).toBe(true);
    expect((await attempt("37071-99999Z", "10.1.1.1", new Date(t0 + 60_001))).allowed).toBe(true);
  });

  it("counts 30 concurrent failures on one number exactly: 10 recorded, 20 refused", async () => {
    const now = new Date("2026-11-23T11:00:00Z");
    const verdicts = await Promise.all(Array.from({ length: 30 }, (_, i) => attempt("37071-00003C", `10.2.0.${i}`, now)));
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(10);
    expect(await prisma.verificationAttempt.count({ where: { contractNumber: "37071-00003C" } })).toBe(10);
  });
});
