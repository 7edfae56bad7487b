// 認証キー format: 12 characters from A–Z, a–z, 0–9 (62 symbols, 12·log2(62) ≈ 71.5 bits), e.g. Z28YUE4J3Bux.
// Generation and storage (hash, sealed copy) live in lib/crypto/auth-key.ts.

export const AUTH_KEY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export const AUTH_KEY_LENGTH = 12;
const AUTH_KEY_PATTERN = /^[A-Za-z0-9]{12}$/;

/** True when the text could be an 認証キー (cheap check before any lookup). */
export function isAuthKeyFormat(value: string): boolean {
  return AUTH_KEY_PATTERN.test(value);
}

/** Keys are case-sensitive; only surrounding spaces and full-width characters are forgiven. */
export function normaliseAuthKey(input: string): string {
  return input.normalize("NFKC").replace(/[\s\u3000]/g, "");
}
