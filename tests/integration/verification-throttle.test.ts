// The throttle's counting rules, with a clock the test moves, through the same function the
// verification uses (recordVerificationAttempt, one SQL function) and the Retry-After it reports when
// refusing. Every attempt here is a failure (no such number). (The API's 429 answers and the right key
// from an unthrottled source are tested with the verification endpoint: verify-api.test.ts.)
import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { checkVerificationThrottle, PAIR_MAX_FAILURES, PAIR_WINDOW_MS, SOURCE_MAX_ATTEMPTS } from "@/lib/server/verification/throttle";
import { recordVerificationAttempt } from "@/lib/server/verification/verification-attempt";

const prisma = getPrisma();

async function attempt(contractNumber: string, ipAddress: string, now: Date) {
  const outcome = await recordVerificationAttempt(prisma, { contractNumber, authKey: "AAAAAAAAAAAA", ipAddress, userId: null, now });
  if (outcome.recorded) return { allowed: true };
  return checkVerificationThrottle(prisma, { contractNumber, ipAddress, now });
}

describe("verification throttle", () => {
  it("refuses a number from one address after 10 failures within 15 minutes, until the window has passed", async () => {
    const t0 = Date.parse("2026-11-23T09:00:00Z");
    for (let i = 0; i < PAIR_MAX_FAILURES; i++) {
      expect(await attempt("37071-00001A", "10.0.0.1", new Date(t0 + i * 60_000))).toEqual({ allowed: true });
    }
    const refused = await attempt("37071-00001A", "10.0.0.1", new Date(t0 + 10 * 60_000));
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 5 * 60 });
    // Another address on the same number, and the same address on another number, are not affected.
    expect(await attempt("37071-00001A", "10.9.9.9", new Date(t0 + 10 * 60_000))).toEqual({ allowed: true });
    expect(await attempt("37071-00002B", "10.0.0.1", new Date(t0 + 10 * 60_000))).toEqual({ allowed: true });
    // Once the first failure leaves the window, one more attempt is allowed.
    expect(await attempt("37071-00001A", "10.0.0.1", new Date(t0 + PAIR_WINDOW_MS + 1_000))).toEqual({ allowed: true });
  });

  it("never refuses a number because of failures from other addresses", async () => {
    const t0 = Date.parse("2026-11-23T09:30:00Z");
    for (let i = 0; i < 3 * PAIR_MAX_FAILURES; i++) {
      expect(await attempt("37071-00004D", `10.3.0.${i}`, new Date(t0 + i * 1000))).toEqual({ allowed: true });
    }
  });

  it("allows at most 60 attempts a minute from one address, whatever the numbers", async () => {
    const t0 = Date.parse("2026-11-23T10:00:00Z");
    for (let i = 0; i < SOURCE_MAX_ATTEMPTS; i++) {
      const verdict = await attempt(`37071-${String(i).padStart(5, "0")}X`, "10.1.1.1", new Date(t0 + i * 500));
      expect(verdict.allowed).toBe(true);
    }
    const refused = await attempt("37071-99999Z", "10.1.1.1", new Date(t0 + 30_000));
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 30 });
    expect((await attempt("37071-99999Z", "10.1.1.2", new Date(t0 + 30_000))).allowed).toBe(true);
    expect((await attempt("37071-99999Z", "10.1.1.1", new Date(t0 + 60_001))).allowed).toBe(true);
  });

  it("counts the addresses of one IPv6 /64 as one source", async () => {
    const t0 = Date.parse("2026-11-23T10:30:00Z");
    for (let i = 0; i < PAIR_MAX_FAILURES; i++) {
      expect(await attempt("37071-00005E", `2001:db8:5:6::${(i + 1).toString(16)}`, new Date(t0 + i * 1000))).toEqual({ allowed: true });
    }
    expect((await attempt("37071-00005E", "2001:db8:5:6:ffff::1", new Date(t0 + 20_000))).allowed).toBe(false);
    expect((await attempt("37071-00005E", "2001:db8:5:7::1", new Date(t0 + 20_000))).allowed).toBe(true);
    // The full address is still what the record shows.
    expect(await prisma.verificationAttempt.count({ where: { ipAddress: "2001:db8:5:6::1", source: "2001:db8:5:6::/64" } })).toBe(1);
  });

  it("counts 30 concurrent failures on one number from one address exactly: 10 recorded, 20 refused", async () => {
    const now = new Date("2026-11-23T11:00:00Z");
    const verdicts = await Promise.all(Array.from({ length: 30 }, () => attempt("37071-00003C", "10.2.0.1", now)));
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(PAIR_MAX_FAILURES);
    expect(await prisma.verificationAttempt.count({ where: { contractNumber: "37071-00003C" } })).toBe(PAIR_MAX_FAILURES);
  });

  it("counts 90 concurrent attempts from one address exactly: 60 recorded, 30 refused", async () => {
    const now = new Date("2026-11-23T12:00:00Z");
    const verdicts = await Promise.all(Array.from({ length: 90 }, (_, i) => attempt(`37072-${String(i).padStart(5, "0")}X`, "10.4.0.1", now)));
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(SOURCE_MAX_ATTEMPTS);
    expect(await prisma.verificationAttempt.count({ where: { source: "10.4.0.1" } })).toBe(SOURCE_MAX_ATTEMPTS);
  });
});
