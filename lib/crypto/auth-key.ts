// 認証キー (authentication key) crypto. The key itself is never stored:
//   keyHash       HMAC-SHA256(key) under a key derived from KEY_ENCRYPTION_KEY → lookup and verification
//   keyCiphertext AES-256-GCM(key) under a second derived key, bound to the guarantee id → the contractor
//                 can read their key again (電子保証概要, key-notice PDF)
// Both derived keys come from KEY_ENCRYPTION_KEY, which is not in the database, so a copy of the
// database alone reveals no key: the hash cannot be brute-forced without the HMAC key, and the
// sealed copy cannot be opened. Two HKDF "info" labels keep the two uses independent.
//
// API for other issues:
//   generateAuthKey()                         new random key (issue)
//   hashAuthKey(key)                          keyed hash, compared by the verification's SQL function
//                                             (record_verification_attempt) with the stored one
//   sealAuthKey(key, guaranteeId)             → { ciphertext, kekId } to store in AuthKey
//   openAuthKey(ciphertext, guaranteeId, kekId) → the key, for the contractor's own pages
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, randomInt } from "node:crypto";
import { getConfig } from "@/lib/config";
import { AUTH_KEY_ALPHABET, AUTH_KEY_LENGTH } from "@/lib/domain/auth-key-format";

export const CURRENT_KEK_ID = "v1";
const HMAC_INFO = "netdesk/auth-key-hmac/v1";
const SEAL_INFO = "netdesk/auth-key-seal/v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

const derived = new Map<string, Buffer>();

function deriveKey(info: string): Buffer {
  const root = getConfig().KEY_ENCRYPTION_KEY;
  const cacheKey = `${info}\u0000${root}`;
  let key = derived.get(cacheKey);
  if (!key) {
    key = Buffer.from(hkdfSync("sha256", Buffer.from(root, "base64"), Buffer.alloc(0), info, 32));
    derived.set(cacheKey, key);
  }
  return key;
}

/** 12 characters, each drawn uniformly from 62 by crypto.randomInt (rejection sampling: no modulo bias). */
export function generateAuthKey(): string {
  let key = "";
  for (let i = 0; i < AUTH_KEY_LENGTH; i++) key += AUTH_KEY_ALPHABET[randomInt(AUTH_KEY_ALPHABET.length)];
  return key;
}

/** Keyed hash stored in AuthKey.keyHash (unique), 32 bytes. */
export function hashAuthKey(key: string): Uint8Array<ArrayBuffer> {
  // A plain Uint8Array (not a pooled Buffer) is what Prisma's Bytes columns take.
  return new Uint8Array(createHmac("sha256", deriveKey(HMAC_INFO)).update(key, "utf8").digest());
}

/** AES-256-GCM with a random IV; the guarantee id is authenticated data, so a copy moved to another guarantee fails to open. */
export function sealAuthKey(key: string, guaranteeId: string): { ciphertext: Uint8Array<ArrayBuffer>; kekId: string } {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", deriveKey(SEAL_INFO), iv);
  cipher.setAAD(Buffer.from(guaranteeId, "utf8"));
  const body = Buffer.concat([cipher.update(key, "utf8"), cipher.final()]);
  return { ciphertext: new Uint8Array(Buffer.concat([iv, body, cipher.getAuthTag()])), kekId: CURRENT_KEK_ID };
}

/** Opens a sealed copy (iv | ciphertext | tag). Throws if it was altered or belongs to another guarantee. */
export function openAuthKey(ciphertext: Uint8Array, guaranteeId: string, kekId: string = CURRENT_KEK_ID): string {
  if (kekId !== CURRENT_KEK_ID) throw new Error(`openAuthKey: unknown key-encryption key ${kekId}`);
  const sealed = Buffer.from(ciphertext);
  if (sealed.length < IV_BYTES + TAG_BYTES + 1) throw new Error("openAuthKey: sealed key too short");
  const decipher = createDecipheriv("aes-256-gcm", deriveKey(SEAL_INFO), sealed.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(guaranteeId, "utf8"));
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES)), decipher.final()]).toString("utf8");
}
