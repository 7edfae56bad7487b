// What a successful verification answers: the certificate in force, the history the ordering body
// may view (訂正・変更取消 で置き換えられた版は除く), and for each version whether its stored content still
// matches its signature — a row altered by hand shows as 署名: 無効.
import type { CertificateVersion, GuaranteeStatus, SigningKey } from "@/lib/db/client";
import { verifyCanonicalPayload } from "@/lib/crypto/certificate-signature";
import { canonicalJson, type JsonValue } from "@/lib/domain/canonical-json";
import { visibleHistory } from "@/lib/domain/certificate-history";

export type VerifiedSignature = {
  algorithm: "Ed25519";
  canonicalization: "RFC 8785";
  keyId: string | null;
  value: string | null; // base64
  payload: string;
  valid: boolean;
};

export type VerifiedVersion = {
  versionNo: number;
  kind: CertificateVersion["kind"];
  changeType: CertificateVersion["changeType"];
  issuedAt: string;
  content: JsonValue;
  signature: VerifiedSignature;
};

export type VerificationResult = {
  contractNumber: string;
  status: GuaranteeStatus;
  certificate: VerifiedVersion;
  history: VerifiedVersion[];
  signature: VerifiedSignature;
  respondedAt: string;
};

/** What of a stored version the answer needs. */
export type VersionToVerify = Pick<CertificateVersion, "versionNo" | "kind" | "changeType" | "issuedAt" | "signingKeyId" | "hiddenFromHistory"> & {
  content: JsonValue;
  signature: Uint8Array | null;
};

function checkSignature(version: VersionToVerify, keys: Map<string, SigningKey>): VerifiedSignature {
  const payload = canonicalJson(version.content);
  const key = version.signingKeyId ? keys.get(version.signingKeyId) : undefined;
  const valid = Boolean(key && version.signature && verifyCanonicalPayload(payload, version.signature, key.publicKeyPem));
  return {
    algorithm: "Ed25519",
    canonicalization: "RFC 8785",
    keyId: version.signingKeyId,
    value: version.signature ? Buffer.from(version.signature).toString("base64") : null,
    payload,
    valid,
  };
}

export function buildVerificationResult(input: {
  contractNumber: string;
  status: GuaranteeStatus;
  versions: VersionToVerify[];
  keys: SigningKey[];
  now: Date;
}): VerificationResult {
  const keys = new Map(input.keys.map((k) => [k.id, k]));
  const history = visibleHistory(input.versions).map((version) => ({
    versionNo: version.versionNo,
    kind: version.kind,
    changeType: version.changeType,
    issuedAt: version.issuedAt.toISOString(),
    content: version.content,
    signature: checkSignature(version, keys),
  }));
  const certificate = history.at(-1);
  if (!certificate) throw new Error("buildVerificationResult: a guarantee without a visible version");
  return {
    contractNumber: input.contractNumber,
    status: input.status,
    certificate,
    history,
    signature: certificate.signature,
    respondedAt: input.now.toISOString(),
  };
}
