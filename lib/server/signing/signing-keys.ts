// The public halves of the guarantee company's signing keys, published at /api/v1/keys: exactly the keys
// the verification trusts, pinned in the configuration — the current one (derived from SIGNING_PRIVATE_KEY,
// named SIGNING_KEY_ID) and the retired ones (SIGNING_PUBLIC_KEYS). The SigningKey table of earlier
// releases is neither read nor written any more: a key added to it is trusted nowhere.
import { createPublicKey } from "node:crypto";
import { getConfig } from "@/lib/config";

export type PublishedKey = {
  kid: string;
  alg: "Ed25519";
  publicKeyPem: string;
  jwk: { kty: "OKP"; crv: "Ed25519"; x: string };
  current: boolean;
};

export function listPublishedKeys(): PublishedKey[] {
  const config = getConfig();
  return [...config.trustedSigningKeys].map(([kid, publicKeyPem]) => {
    const jwk = createPublicKey(publicKeyPem).export({ format: "jwk" }) as { x: string };
    return { kid, alg: "Ed25519", publicKeyPem, jwk: { kty: "OKP", crv: "Ed25519", x: jwk.x }, current: kid === config.SIGNING_KEY_ID };
  });
}

export function findPublishedKey(kid: string): PublishedKey | undefined {
  return listPublishedKeys().find((k) => k.kid === kid);
}
