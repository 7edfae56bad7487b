import { beforeAll, describe, expect, it } from "vitest";
import { LOGIN_MAX_FAILURES, LOGIN_WINDOW_MS } from "@/lib/auth/login-throttle";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { getPrisma } from "@/lib/db/client";
import { DEMO_PASSWORD, seedDemoAccounts } from "@/lib/db/seed-demo";

const prisma = getPrisma();

beforeAll(async () => {
  await seedDemoAccounts(prisma);
});

describe("signInWithPassword", () => {
  it("accepts the right password, case- and width-insensitively for the address, and records the attempt", async () => {
    const result = await signInWithPassword({ email: " Contractor@Example.JP ", password: DEMO_PASSWORD }, "10.0.0.1");
    expect(result.ok).toBe(true);
    const attempt = await prisma.loginAttempt.findFirstOrThrow({ where: { ipAddress: "10.0.0.1" } });
    expect(attempt).toMatchObject({ email: "contractor@example.jp", succeeded: true });
  });

  it("answers a wrong password and an unknown address the same way", async () => {
    const wrong = await signInWithPassword({ email: "contractor2@example.jp", password: "nope" }, "10.0.0.2");
    const unknown = await signInWithPassword({ email: "nobody@example.jp", password: "nope" }, "10.0.0.2");
    expect(wrong).toEqual({ ok: false, locked: false });
    expect(unknown).toEqual(wrong);
    expect(await prisma.loginAttempt.count({ where: { ipAddress: "10.0.0.2", succeeded: false } })).toBe(2);
  });

  it("locks an account after 10 failures within 15 minutes, even for the right password, and unlocks after the window", async () => {
    const start = new Date("2026-11-23T09:00:00Z");
    for (let i = 0; i < LOGIN_MAX_FAILURES; i++) {
      // A different address each time: the account count alone must lock.
      const r = await signInWithPassword({ email: "staff.nagano@example.jp", password: "wrong" }, `10.1.0.${i}`, new Date(start.getTime() + i * 1000));
      expect(r).toEqual({ ok: false, locked: false });
    }
    const during = new Date(start.getTime() + 60_000);
    expect(await signInWithPassword({ email: "staff.nagano@example.jp", password: DEMO_PASSWORD }, "10.1.1.1", during)).toEqual({ ok: false, locked: true });
    const after = new Date(start.getTime() + LOGIN_WINDOW_MS + 10_000);
    expect((await signInWithPassword({ email: "staff.nagano@example.jp", password: DEMO_PASSWORD }, "10.1.1.1", after)).ok).toBe(true);
  });

  it("locks an address after 10 failures within 15 minutes, whichever accounts were tried", async () => {
    const start = new Date("2026-11-23T10:00:00Z");
    for (let i = 0; i < LOGIN_MAX_FAILURES; i++) {
      await signInWithPassword({ email: `guess${i}@example.jp`, password: "x" }, "10.2.0.1", new Date(start.getTime() + i * 1000));
    }
    const r = await signInWithPassword({ email: "verifier@saku.example.jp", password: DEMO_PASSWORD }, "10.2.0.1", new Date(start.getTime() + 30_000));
    expect(r).toEqual({ ok: false, locked: true });
    const elsewhere = await signInWithPassword({ email: "verifier@saku.example.jp", password: DEMO_PASSWORD }, "10.2.0.2", new Date(start.getTime() + 30_000));
    expect(elsewhere.ok).toBe(true);
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
