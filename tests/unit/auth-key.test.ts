import { createHash, generateKeyPairSync, randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { generateAuthKey, hashAuthKey, openAuthKey, sealAuthKey } from "@/lib/crypto/auth-key";
import { AUTH_KEY_ALPHABET, AUTH_KEY_LENGTH, isAuthKeyFormat, normaliseAuthKey } from "@/lib/domain/auth-key-format";

beforeAll(() => {
  // getConfig() reads these on first use; a unit test has no database, only the secrets.
  process.env.DATABASE_URL ??= "postgresql://unused@localhost/unused";
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
  process.env.KEY_ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
  process.env.SIGNING_PRIVATE_KEY ??= generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString();
});

const GUARANTEE_ID = "6f1c2a0e-3c1b-4f5e-9a7d-2b8c9d0e1f2a";

describe("認証キー", () => {
  it("is 12 characters from A–Z, a–z, 0–9 (≈71 bits)", () => {
    expect(AUTH_KEY_ALPHABET).toHaveLength(62);
    expect(new Set(AUTH_KEY_ALPHABET).size).toBe(62);
    expect(AUTH_KEY_LENGTH * Math.log2(62)).toBeGreaterThan(71);
    for (let i = 0; i < 1000; i++) {
      const key = generateAuthKey();
      expect(key).toMatch(/^[A-Za-z0-9]{12}$/);
      expect(isAuthKeyFormat(key)).toBe(true);
    }
    expect(isAuthKeyFormat("Z28YUE4J3Bux")).toBe(true);
    expect(isAuthKeyFormat("Z28YUE4J3Bu")).toBe(false);
    expect(isAuthKeyFormat("Z28YUE4J3Bu!")).toBe(false);
    expect(normaliseAuthKey(" Ｚ28YUE4J3Bux　")).toBe("Z28YUE4J3Bux");
  });

  it("never repeats in 100,000 keys and uses every symbol at every position", () => {
    const keys = Array.from({ length: 100_000 }, generateAuthKey);
    expect(new Set(keys).size).toBe(100_000);
    // Uniformity, roughly: each of the 62 symbols appears at each of the 12 positions about 1,613 times.
    for (let pos = 0; pos < AUTH_KEY_LENGTH; pos++) {
      const counts = new Map<string, number>();
      for (const key of keys) counts.set(key[pos]!, (counts.get(key[pos]!) ?? 0) + 1);
      expect(counts.size).toBe(62);
      for (const n of counts.values()) expect(n).toBeGreaterThan(1300); // 1,613 ± 8σ
    }
  });

  it("hashes with a server secret: same key → same 32-byte hash, other key → other hash", () => {
    const key = generateAuthKey();
    const hash = hashAuthKey(key);
    expect(hash).toHaveLength(32);
    expect(Buffer.from(hashAuthKey(key)).equals(Buffer.from(hash))).toBe(true);
    const otherCase = key.toLowerCase() === key ? key.toUpperCase() : key.toLowerCase();
    expect(Buffer.from(hashAuthKey(otherCase)).equals(Buffer.from(hash))).toBe(false);
    // Not a plain SHA-256 of the key: without the secret nobody can test guesses against the database.
    expect(Buffer.from(hash).toString("hex")).not.toBe(createHash("sha256").update(key).digest("hex"));
  });

  it("seals a copy that opens only for its guarantee and does not contain the key", () => {
    const key = generateAuthKey();
    const { ciphertext, kekId } = sealAuthKey(key, GUARANTEE_ID);
    expect(kekId).toBe("v1");
    expect(ciphertext).toHaveLength(12 + 12 + 16); // iv | ciphertext | tag
    expect(Buffer.from(ciphertext).includes(Buffer.from(key))).toBe(false);
    expect(openAuthKey(ciphertext, GUARANTEE_ID, kekId)).toBe(key);
    // Random IV: sealing twice gives two different copies.
    expect(Buffer.from(sealAuthKey(key, GUARANTEE_ID).ciphertext).equals(Buffer.from(ciphertext))).toBe(false);
    expect(() => openAuthKey(ciphertext, "00000000-0000-4000-8000-000000000000")).toThrow();
    const tampered = Uint8Array.from(ciphertext);
    tampered[14]! ^= 1;
    expect(() => openAuthKey(tampered, GUARANTEE_ID)).toThrow();
    expect(() => openAuthKey(ciphertext, GUARANTEE_ID, "v0")).toThrow(/unknown/);
  });
});
