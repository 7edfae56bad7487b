// Single-use account links (invitation, password reset). The link carries 32 random bytes
// (base64url); the database keeps only their SHA-256, so a copy of the database cannot be
// turned into working links.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

export const INVITATION_TTL_MS = 72 * 60 * 60 * 1000;
export const PASSWORD_RESET_TTL_MS = 60 * 60 * 1000;

const TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}$/;

export function newUserToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashUserToken(token) };
}

export function hashUserToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function isWellFormedToken(token: unknown): token is string {
  return typeof token === "string" && TOKEN_FORMAT.test(token);
}

/** Constant-time comparison of two hex hashes of equal length. */
export function sameTokenHash(a: string, b: string): boolean {
  const left = Buffer.from(a, "hex");
  const right = Buffer.from(b, "hex");
  return left.length === right.length && timingSafeEqual(left, right);
}
