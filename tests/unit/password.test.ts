import { describe, expect, it, vi } from "vitest";

// The real bcryptjs, with a count of how many of its hashes are running at once.
const running = vi.hoisted(() => ({ now: 0, most: 0 }));
vi.mock("bcryptjs", async (importOriginal) => {
  const actual = (await importOriginal<{ default: typeof import("bcryptjs").default }>()).default;
  const counted =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      running.most = Math.max(running.most, ++running.now);
      try {
        return await fn(...args);
      } finally {
        running.now--;
      }
    };
  return { default: { ...actual, hash: counted(actual.hash as (p: string, c: number) => Promise<string>), compare: counted(actual.compare as (p: string, h: string) => Promise<boolean>) } };
});

const { hashPassword, verifyPassword } = await import("@/lib/auth/password");

describe("passwords", () => {
  // Cost 12 takes ~0.5 s a hash on a busy machine, one after another here.
  it("checks the right and the wrong password, and an unknown account, while running one bcrypt at a time", { timeout: 30_000 }, async () => {
    const hash = await hashPassword("信濃-correct-2026");
    running.most = 0;
    // Three sign-ins at once: each still gets the answer for its own password.
    const answers = await Promise.all([verifyPassword("wrong", hash), verifyPassword("信濃-correct-2026", null), verifyPassword("信濃-correct-2026", hash)]);
    expect(answers).toEqual([false, false, true]);
    // Interleaved, n hashes would hold the process's one thread n × 100 ms between other requests' steps.
    expect(running.most).toBe(1);
  });

  it("keeps going after a bcrypt call that failed", { timeout: 30_000 }, async () => {
    const failed = expect(verifyPassword("x", 12 as never)).rejects.toThrow("Illegal arguments");
    const next = hashPassword("信濃-correct-2026");
    await failed;
    expect(await verifyPassword("信濃-correct-2026", await next)).toBe(true);
  });
});
