// The signed document an ordering body can download and keep: the certified content, the exact
// bytes that were signed (its RFC 8785 canonical JSON, as `payload`), the Ed25519 signature and
// the id of the key. Checkable offline with `npm run verify-certificate <file>` or, with stock
// tools, `jq -j .payload f.json > p; jq -r .signature f.json | base64 -d > s;
// openssl pkeyutl -verify -pubin -inkey key.pem -rawin -in p -sigfile s`.
import { canonicalJson, type JsonValue } from "./canonical-json";

export type SignedCertificateDocument = {
  format: "netdesk-signed-certificate/v1";
  contractNumber: string;
  versionNo: number;
  content: JsonValue;
  payload: string;
  algorithm: "Ed25519";
  canonicalization: "RFC 8785";
  keyId: string;
  signature: string; // base64
  keysUrl: string; // where the public keys are published
};

export function signedCertificateDocument(input: {
  contractNumber: string;
  versionNo: number;
  content: JsonValue;
  signature: Uint8Array;
  keyId: string;
  keysUrl: string;
}): SignedCertificateDocument {
  return {
    format: "netdesk-signed-certificate/v1",
    contractNumber: input.contractNumber,
    versionNo: input.versionNo,
    content: input.content,
    payload: canonicalJson(input.content),
    algorithm: "Ed25519",
    canonicalization: "RFC 8785",
    keyId: input.keyId,
    signature: Buffer.from(input.signature).toString("base64"),
    keysUrl: input.keysUrl,
  };
}
