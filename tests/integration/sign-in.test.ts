import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { LOGIN_FREE_FAILURES, LOGIN_SOURCE_MAX_FAILURES, LOGIN_SOURCE_WINDOW_MS } from "@/lib/auth/login-throttle";
import * as password from "@/lib/auth/password";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { getPrisma } from "@/lib/db/client";
import { DEMO_PASSWORD, seedDemoAccounts } from "@/lib/db/seed-demo";

// The real bcrypt, counted: how many guesses were evaluated.
vi.mock("@/lib/auth/password", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/auth/password")>();
  return { ...actual, verifyPassword: vi.fn(actual.verifyPassword) };
});

const prisma = getPrisma();
const at = (start: Date, seconds: number) => new Date(start.getTime() + seconds * 1000);

beforeAll(async () => {
  await seedDemoAccounts(prisma);
});

beforeEach(() => {
  vi.mocked(password.verifyPassword).mockClear();
});

describe("signInWithPassword", () => {
  it("accepts the right password, case- and width-insensitively for the address, and records the attempt", async () => {
    const result = await signInWithPassword({ email: " Contractor@Example.JP ", password: DEMO_PASSWORD }, "10.0.0.1");
    expect(result.ok).toBe(true);
    const attempt = await prisma.loginAttempt.findFirstOrThrow({ where: { ipAddress: "10.0.0.1" } });
    expect(attempt).toMatchObject({ email: "contractor@example.jp", source: "10.0.0.1", succeeded: true });
  });

  it("answers a wrong password and an unknown address the same way", async () => {
    const wrong = await signInWithPassword({ email: "contractor2@example.jp", password: "nope" }, "10.0.0.2");
    const unknown = await signInWithPassword({ email: "nobody@example.jp", password: "nope" }, "10.0.0.2");
    expect(wrong).toEqual({ ok: false, locked: false });
    expect(unknown).toEqual(wrong);
    expect(await prisma.loginAttempt.count({ where: { ipAddress: "10.0.0.2", succeeded: false } })).toBe(2);
  });

  it("never locks an account out from another address: 20 failures from 20 addresses, then the right password from another", async () => {
    const start = new Date("2026-11-23T09:00:00Z");
    for (let i = 0; i < 20; i++) {
      const r = await signInWithPassword({ email: "staff.nagano@example.jp", password: "wrong" }, `10.1.0.${i}`, at(start, i));
      expect(r).toEqual({ ok: false, locked: false });
    }
    expect((await signInWithPassword({ email: "staff.nagano@example.jp", password: DEMO_PASSWORD }, "10.1.1.1", at(start, 30))).ok).toBe(true);
  });

  it("slows one account from one address down with growing waits after 5 failures, says how long, and starts over after a success", async () => {
    const email = "contractor2@example.jp";
    const start = new Date("2026-11-23T09:30:00Z");
    for (let i = 0; i < LOGIN_FREE_FAILURES; i++) {
      expect(await signInWithPassword({ email, password: "wrong" }, "10.6.0.1", at(start, i))).toEqual({ ok: false, locked: false });
    }
    // The 6th attempt waits one minute after the 5th failure (at 4 s), the right password included.
    expect(await signInWithPassword({ email, password: DEMO_PASSWORD }, "10.6.0.1", at(start, 5))).toEqual({ ok: false, locked: true, retryAfterSeconds: 59 });
    // The same account from another address is not refused.
    expect((await signInWithPassword({ email, password: DEMO_PASSWORD }, "10.6.0.2", at(start, 5))).ok).toBe(true);
    // After the wait one more guess; then the wait doubles.
    expect(await signInWithPassword({ email, password: "wrong" }, "10.6.0.1", at(start, 64))).toEqual({ ok: false, locked: false });
    expect(await signInWithPassword({ email, password: "wrong" }, "10.6.0.1", at(start, 124))).toEqual({ ok: false, locked: true, retryAfterSeconds: 60 });
    expect(await signInWithPassword({ email, password: "wrong" }, "10.6.0.1", at(start, 184))).toEqual({ ok: false, locked: false });
    expect(await signInWithPassword({ email, password: "wrong" }, "10.6.0.1", at(start, 300))).toEqual({ ok: false, locked: true, retryAfterSeconds: 124 });
    // The right password once the wait is over; the count starts again.
    expect((await signInWithPassword({ email, password: DEMO_PASSWORD }, "10.6.0.1", at(start, 424))).ok).toBe(true);
    expect(await signInWithPassword({ email, password: "wrong" }, "10.6.0.1", at(start, 425))).toEqual({ ok: false, locked: false });
  });

  it("evaluates at most 5 of 20 parallel wrong guesses for one account from one address; another address is not refused", async () => {
    const email = "verifier@saku.example.jp";
    const now = new Date("2026-11-23T09:45:00Z");
    const results = await Promise.all(Array.from({ length: 20 }, () => signInWithPassword({ email, password: "wrong" }, "10.7.0.1", now)));
    expect(results.filter((r) => !r.ok && !r.locked)).toHaveLength(LOGIN_FREE_FAILURES);
    expect(results.filter((r) => !r.ok && r.locked)).toHaveLength(20 - LOGIN_FREE_FAILURES);
    expect(vi.mocked(password.verifyPassword)).toHaveBeenCalledTimes(LOGIN_FREE_FAILURES);
    expect(await prisma.loginAttempt.count({ where: { email, ipAddress: "10.7.0.1" } })).toBe(LOGIN_FREE_FAILURES);
    expect((await signInWithPassword({ email, password: DEMO_PASSWORD }, "10.7.0.2", now)).ok).toBe(true);
  });

  it("counts the addresses of one IPv6 /64 as one source", async () => {
    const email = "contractor@example.jp";
    const start = new Date("2026-11-23T09:50:00Z");
    for (let i = 0; i < LOGIN_FREE_FAILURES; i++) {
      await signInWithPassword({ email, password: "wrong" }, `2001:db8:7:1::${i + 1}`, at(start, i));
    }
    expect((await signInWithPassword({ email, password: DEMO_PASSWORD }, "2001:db8:7:1:abcd::1", at(start, 10))).ok).toBe(false);
    expect((await signInWithPassword({ email, password: DEMO_PASSWORD }, "2001:db8:7:2::1", at(start, 10))).ok).toBe(true);
  });

  it("refuses an address after 30 failures within 15 minutes, whichever accounts were tried", async () => {
    const start = new Date("2026-11-23T10:00:00Z");
    for (let i = 0; i < LOGIN_SOURCE_MAX_FAILURES; i++) {
      await signInWithPassword({ email: `guess${i}@example.jp`, password: "x" }, "10.2.0.1", at(start, i));
    }
    const r = await signInWithPassword({ email: "verifier@saku.example.jp", password: DEMO_PASSWORD }, "10.2.0.1", at(start, 60));
    expect(r).toEqual({ ok: false, locked: true, retryAfterSeconds: LOGIN_SOURCE_WINDOW_MS / 1000 - 60 });
    const elsewhere = await signInWithPassword({ email: "verifier@saku.example.jp", password: DEMO_PASSWORD }, "10.2.0.2", at(start, 60));
    expect(elsewhere.ok).toBe(true);
    expect((await signInWithPassword({ email: "verifier@saku.example.jp", password: DEMO_PASSWORD }, "10.2.0.1", at(start, LOGIN_SOURCE_WINDOW_MS / 1000 + 1))).ok).toBe(true);
  });

  it("refuses a deactivated user with the right password", async () => {
    await prisma.user.update({ where: { email: "staff.shizuoka@example.jp" }, data: { active: false, deactivatedAt: new Date() } });
    expect(await signInWithPassword({ email: "staff.shizuoka@example.jp", password: DEMO_PASSWORD }, "10.3.0.1")).toEqual({ ok: false, locked: false });
  });

  it("refuses malformed input without throwing", async () => {
    expect(await signInWithPassword({ email: 42 }, "10.4.0.1")).toEqual({ ok: false, locked: false });
    expect(await signInWithPassword(undefined, "10.4.0.1")).toEqual({ ok: false, locked: false });
  });
});

describe("signInWithPassword with a NUL character (found by fuzzing)", () => {
  it("answers like any wrong sign-in instead of failing in PostgreSQL", async () => {
    expect(await signInWithPassword({ email: "\u0000", password: DEMO_PASSWORD }, "10.5.0.1")).toEqual({ ok: false, locked: false });
    expect(await signInWithPassword({ email: "contractor@example.jp\u0000", password: DEMO_PASSWORD }, "10.5.0.2")).toMatchObject({ ok: true });
  });
});
