// The public halves of the guarantee company's signing keys, kept in PostgreSQL so certificates
// signed with a retired key stay checkable after the key is rotated (SIGNING_KEY_ID names the
// current one). Published at /api/v1/keys.
import { createPublicKey } from "node:crypto";
import { getConfig } from "@/lib/config";
import { signingPublicKeyPem } from "@/lib/crypto/certificate-signature";
import { getPrisma, type SigningKey } from "@/lib/db/client";

let registered: Promise<void> | undefined;

/** Records the current key's public half once per process (idempotent across instances). */
export function ensureSigningKeyRegistered(): Promise<void> {
  registered ??= (async () => {
    const id = getConfig().SIGNING_KEY_ID;
    const publicKeyPem = signingPublicKeyPem();
    const existing = await getPrisma().signingKey.findUnique({ where: { id } });
    if (existing && existing.publicKeyPem !== publicKeyPem) {
      throw new Error(`SIGNING_KEY_ID ${id} は別の鍵で登録済みです。鍵を替えるときは新しい SIGNING_KEY_ID を指定してください。`);
    }
    await getPrisma().signingKey.upsert({ where: { id }, create: { id, publicKeyPem }, update: {} });
  })().catch((error) => {
    registered = undefined;
    throw error;
  });
  return registered;
}

export type PublishedKey = {
  kid: string;
  alg: "Ed25519";
  publicKeyPem: string;
  jwk: { kty: "OKP"; crv: "Ed25519"; x: string };
  createdAt: string;
  retiredAt: string | null;
};

export function publishKey(key: SigningKey): PublishedKey {
  const jwk = createPublicKey(key.publicKeyPem).export({ format: "jwk" }) as { x: string };
  return {
    kid: key.id,
    alg: "Ed25519",
    publicKeyPem: key.publicKeyPem,
    jwk: { kty: "OKP", crv: "Ed25519", x: jwk.x },
    createdAt: key.createdAt.toISOString(),
    retiredAt: key.retiredAt?.toISOString() ?? null,
  };
}

// Keys change only on rotation (a restart with a new SIGNING_KEY_ID), so a short cache spares the
// verification path a query per request.
const KEY_CACHE_MS = 60_000;
let cachedKeys: { at: number; keys: SigningKey[] } | undefined;

export async function getSigningKeys({ fresh = false }: { fresh?: boolean } = {}): Promise<SigningKey[]> {
  if (!fresh && cachedKeys && Date.now() - cachedKeys.at < KEY_CACHE_MS) return cachedKeys.keys;
  await ensureSigningKeyRegistered();
  const keys = await getPrisma().signingKey.findMany({ orderBy: { createdAt: "asc" } });
  cachedKeys = { at: Date.now(), keys };
  return keys;
}

export async function listPublishedKeys(): Promise<PublishedKey[]> {
  await ensureSigningKeyRegistered();
  const keys = await getPrisma().signingKey.findMany({ orderBy: { createdAt: "asc" } });
  return keys.map(publishKey);
}
