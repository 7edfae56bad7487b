// Every certificate version is signed by the guarantee company's Ed25519 key over the RFC 8785
// canonical JSON of its content, so the ordering body can check the content was not altered.
import { createPrivateKey, createPublicKey, type KeyObject, sign, verify } from "node:crypto";
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

/** Checks a signature over an already canonical payload (canonicalJson of the content). */
export function verifyCanonicalPayload(payload: string, signature: Uint8Array, publicKeyPem: string): boolean {
  try {
    return verify(null, Buffer.from(payload, "utf8"), publicKeyFromPem(publicKeyPem), signature);
  } catch {
    return false;
  }
}

export function verifyCertificateContent(content: JsonValue, signature: Uint8Array, publicKeyPem: string): boolean {
  return verifyCanonicalPayload(canonicalJson(content), signature, publicKeyPem);
}
