// What a successful verification answers: the certificate in force, the history the ordering body
// may view (訂正・変更取消 で置き換えられた版は除く), and for each version whether its stored content still
// matches its signature by one of the keys pinned in the configuration (never keys read from the
// database, which whoever edits certificate rows could add to) and whether the versions still form the
// signed chain (lib/crypto/certificate-chain.ts) — a row altered, removed or hidden by hand, or a status
// set back, shows as 署名: 無効.
import type { CertificateVersion, GuaranteeStatus } from "@/lib/db/client";
import { checkChain } from "@/lib/crypto/certificate-chain";
import { verifyCanonicalPayload } from "@/lib/crypto/certificate-signature";
import { canonicalJson, type JsonValue } from "@/lib/domain/canonical-json";
import { visibleHistory } from "@/lib/domain/certificate-history";

export type VerifiedSignature = {
  algorithm: "Ed25519";
  canonicalization: "RFC 8785";
  keyId: string | null;
  value: string | null; // base64
  payload: string;
  /** The version's own signature checks with a trusted key AND the guarantee's versions form the signed chain. */
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

export type VerifiedChain = {
  valid: boolean;
  /** 署名形式: 2 = chained versions; 1 = every version predates the chain (each signature checked alone). */
  format: 1 | 2;
  problem: string | null;
};

export type VerificationResult = {
  contractNumber: string;
  status: GuaranteeStatus;
  certificate: VerifiedVersion;
  history: VerifiedVersion[];
  signature: VerifiedSignature;
  chain: VerifiedChain;
  respondedAt: string;
};

/** What of a stored version the answer needs. */
export type VersionToVerify = Pick<CertificateVersion, "versionNo" | "kind" | "changeType" | "issuedAt" | "signingKeyId" | "hiddenFromHistory"> & {
  content: JsonValue;
  signature: Uint8Array | null;
};

function signatureValid(version: VersionToVerify, payload: string, keys: ReadonlyMap<string, string>): boolean {
  const publicKeyPem = version.signingKeyId ? keys.get(version.signingKeyId) : undefined;
  return Boolean(publicKeyPem && version.signature && verifyCanonicalPayload(payload, version.signature, publicKeyPem));
}

export function buildVerificationResult(input: {
  contractNumber: string;
  status: GuaranteeStatus;
  versions: VersionToVerify[];
  /** kid → SPKI PEM: the trusted keys of the configuration (getConfig().trustedSigningKeys). */
  keys: ReadonlyMap<string, string>;
  now: Date;
}): VerificationResult {
  const payloads = new Map(input.versions.map((v) => [v, canonicalJson(v.content)]));
  const everySignatureValid = input.versions.every((v) => signatureValid(v, payloads.get(v)!, input.keys));
  const verdict = checkChain({ contractNumber: input.contractNumber, storedStatus: input.status, versions: input.versions });
  const chain: VerifiedChain = {
    valid: verdict.valid && everySignatureValid,
    format: verdict.format,
    problem: verdict.problem ?? (everySignatureValid ? null : "署名を確認できない版があります（内容の改ざん、または信頼された鍵以外による署名）。"),
  };
  const history = visibleHistory(input.versions).map((version) => {
    const payload = payloads.get(version)!;
    return {
      versionNo: version.versionNo,
      kind: version.kind,
      changeType: version.changeType,
      issuedAt: version.issuedAt.toISOString(),
      content: version.content,
      signature: {
        algorithm: "Ed25519" as const,
        canonicalization: "RFC 8785" as const,
        keyId: version.signingKeyId,
        value: version.signature ? Buffer.from(version.signature).toString("base64") : null,
        payload,
        valid: chain.valid && signatureValid(version, payload, input.keys),
      },
    };
  });
  const certificate = history.at(-1);
  if (!certificate) throw new Error("buildVerificationResult: a guarantee without a visible version");
  return {
    contractNumber: input.contractNumber,
    // The status the newest version was signed with, when its signature holds: hiding a 取消 and setting
    // the row back to 有効 still answers 取消 (and 署名: 無効).
    status: verdict.signedStatus && everySignatureValid ? verdict.signedStatus : input.status,
    certificate,
    history,
    signature: certificate.signature,
    chain,
    respondedAt: input.now.toISOString(),
  };
}
