// The versions of one guarantee form a chain (署名形式 v2): each signed version states its number, the
// guarantee's status once it is issued, the versions hidden from the history as of it, and the hash of
// the signed payload of the version before it. So whoever can edit rows but has not the signing key
// cannot delete a version in the middle, swap one, hide one (hiddenFromHistory) or set Guarantee.status
// back without the verification saying 署名: 無効.
//
// Versions signed before the chain existed (署名形式 v1) carry none of this. They verify under the rule of
// their time (each signature alone), plus what can still be checked: consecutive numbers and the status of
// the newest version; the first v2 version after them chains to the last of them. Not detectable by any
// chain kept in the same database: removing the newest versions (the tail) together with the rows that
// point to them; the change notices ordering bodies receive for every later version are the outside record.
import { createHash } from "node:crypto";
import { canonicalJson, type JsonValue } from "@/lib/domain/canonical-json";
import type { CertificateContent } from "@/lib/domain/certificate-content";
import type { GuaranteeStatus } from "@/lib/domain/enums";

/** "sha256:<base64url>" of a version's signed payload (the RFC 8785 canonical JSON of its content). */
export function versionHash(content: JsonValue | CertificateContent): string {
  return `sha256:${createHash("sha256").update(canonicalJson(content as JsonValue), "utf8").digest("base64url")}`;
}

/** The chain fields of a new version: its predecessor's hash, and the hidden versions so far plus `hides`. */
export function chainFields(previous: { content: unknown; hiddenFromHistory: boolean; versionNo: number }[], hides: number[]) {
  const sorted = [...previous].sort((a, b) => a.versionNo - b.versionNo);
  const last = sorted.at(-1);
  const lastContent = last?.content as Partial<CertificateContent> | undefined;
  // After a v2 version its signed list is the truth; before (v1 only) the rows' flags of that time are.
  const hidden = new Set(lastContent?.format === 2 ? (lastContent.hiddenVersionNos ?? []) : sorted.filter((v) => v.hiddenFromHistory).map((v) => v.versionNo));
  for (const n of hides) hidden.add(n);
  return { previousVersionHash: last ? versionHash(last.content as JsonValue) : null, hiddenVersionNos: [...hidden].sort((a, b) => a - b) };
}

export type ChainVersion = { versionNo: number; hiddenFromHistory: boolean; content: JsonValue };

export type ChainVerdict = {
  valid: boolean;
  /** 1 when every version predates the chain (署名形式 v1), else 2. */
  format: 1 | 2;
  /** What is wrong, in Japanese; null when valid. */
  problem: string | null;
  /** The status the newest version states (the signed one), or null when there is none. */
  signedStatus: GuaranteeStatus | null;
};

export function checkChain(input: { contractNumber: string; storedStatus: GuaranteeStatus; versions: readonly ChainVersion[] }): ChainVerdict {
  const versions = [...input.versions].sort((a, b) => a.versionNo - b.versionNo);
  const contents = versions.map((v) => v.content as unknown as Partial<CertificateContent>);
  const head = contents.at(-1);
  const format = contents.some((c) => c.format === 2) ? 2 : 1;
  const verdict = (problem: string | null): ChainVerdict => ({ valid: problem === null, format, problem, signedStatus: head?.status ?? null });

  if (!head) return verdict("電子証書の版がありません。");
  for (const [i, v] of versions.entries()) {
    const c = contents[i]!;
    if (v.versionNo !== i + 1 || c.versionNo !== v.versionNo) return verdict(`第${i + 1}版が見つからないか、番号が一致しません。`);
    if (c.contractNumber !== input.contractNumber) return verdict(`第${v.versionNo}版は別の保証契約番号の証書です。`);
    if (c.format === 2) {
      const expected = i === 0 ? null : versionHash(versions[i - 1]!.content);
      if (c.previousVersionHash !== expected) return verdict(`第${v.versionNo}版の前の版が、署名されたときの内容と一致しません。`);
    } else if (i > 0 && contents[i - 1]!.format === 2) {
      return verdict(`第${v.versionNo}版は署名形式 v1 ですが、署名形式 v2 の版より後にあります。`);
    }
  }
  if (head.status !== input.storedStatus) return verdict("保証の状態が、最新の版に署名された状態と一致しません。");
  if (head.format === 2) {
    const hidden = new Set(head.hiddenVersionNos ?? []);
    const wrong = versions.find((v) => v.hiddenFromHistory !== hidden.has(v.versionNo));
    if (wrong) return verdict(`第${wrong.versionNo}版の表示・非表示が、署名された内容と一致しません。`);
  }
  return verdict(null);
}
