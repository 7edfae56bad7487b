import { describe, expect, it } from "vitest";
import { hashUserToken, isWellFormedToken, newUserToken, sameTokenHash } from "@/lib/auth/user-token";

describe("account link tokens", () => {
  it("carry 32 random bytes as base64url and are stored as their SHA-256", () => {
    const a = newUserToken();
    const b = newUserToken();
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a.token, "base64url")).toHaveLength(32);
    expect(a.token).not.toBe(b.token);
    expect(a.tokenHash).toBe(hashUserToken(a.token));
    expect(a.tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("compare hashes exactly and reject malformed tokens", () => {
    const { token, tokenHash } = newUserToken();
    expect(sameTokenHash(tokenHash, hashUserToken(token))).toBe(true);
    expect(sameTokenHash(tokenHash, hashUserToken(`${token.slice(0, -1)}x`))).toBe(false);
    expect(sameTokenHash(tokenHash, "ab")).toBe(false);
    for (const bad of [undefined, "", "short", `${token}=`, `${token.slice(0, 42)}/`]) expect(isWellFormedToken(bad)).toBe(false);
    expect(isWellFormedToken(token)).toBe(true);
  });
});
