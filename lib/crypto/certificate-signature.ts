// Every certificate version is signed by the guarantee company's Ed25519 key over the RFC 8785
// canonical JSON of its content, so the ordering body can check the content was not altered.
import { createHash, createPrivateKey, createPublicKey, type KeyObject, sign, verify } from "node:crypto";
import { getConfig } from "@/lib/config";
import { canonicalJson, type JsonValue } from "@/lib/domain/canonical-json";

export type CertificateSignature = { signature: Buffer; keyId: string };

let cachedKey: ReturnType<typeof createPrivateKey> | undefined;

function signingKey() {
  cachedKey ??= createPrivateKey(getConfig().SIGNING_PRIVATE_KEY);
  return cachedKey;
}

export function signCertificateContent(content: JsonValue): CertificateSignature {
  const signature = sign(null, Buffer.from(canonicalJson(content), "utf8"), signingKey());
  return { signature, keyId: getConfig().SIGNING_KEY_ID };
}

/** The public half of the configured signing key, as SPKI PEM (published at /api/v1/keys). */
export function signingPublicKeyPem(): string {
  return createPublicKey(signingKey()).export({ type: "spki", format: "pem" }).toString();
}

// Parsing a PEM costs about as much as the verification itself; there are only a few keys (one per rotation).
const publicKeys = new Map<string, KeyObject>();

function publicKeyFromPem(pem: string): KeyObject {
  let key = publicKeys.get(pem);
  if (!key) {
    key = createPublicKey(pem);
    publicKeys.set(pem, key);
  }
  return key;
}

// Every verification of a guarantee checks the same few signatures again, and an Ed25519 check
// costs about 30 times a SHA-256 of its inputs. The outcome is remembered under a digest of key,
// signature and payload, so any change to a stored row (content or signature) is checked afresh.
const CHECKED_LIMIT = 10_000;
const checked = new Map<string, boolean>();

/** Checks a signature over an already canonical payload (canonicalJson of the content). */
export function verifyCanonicalPayload(payload: string, signature: Uint8Array, publicKeyPem: string): boolean {
  const digest = createHash("sha256").update(`${publicKeyPem}\0${signature.length}:`).update(signature).update(payload).digest("base64");
  let valid = checked.get(digest);
  if (valid === undefined) {
    try {
      valid = verify(null, Buffer.from(payload, "utf8"), publicKeyFromPem(publicKeyPem), signature);
    } catch {
      valid = false;
    }
    if (checked.size >= CHECKED_LIMIT) checked.delete(checked.keys().next().value!);
    checked.set(digest, valid);
  }
  return valid;
}

export function verifyCertificateContent(content: JsonValue, signature: Uint8Array, publicKeyPem: string): boolean {
  return verifyCanonicalPayload(canonicalJson(content), signature, publicKeyPem);
}
