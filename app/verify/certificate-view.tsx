"use client";
import Link from "next/link";
import { useState } from "react";
import { asCertificateContent, certificateRows } from "@/lib/domain/certificate-content";
import { CHANGE_TYPE_LABEL, GUARANTEE_STATUS_LABEL, VERSION_KIND_LABEL } from "@/lib/domain/guarantee-labels";
import { signedCertificateDocument } from "@/lib/domain/signed-document";
import { formatDateTimeJst, formatDateTimeWareki, todayInJapan, ymdOfDate } from "@/lib/domain/wareki";
import { RESERVATION_STATE_LABEL, reservationState } from "@/lib/domain/bid-bond";
import { RESERVATION_WORDS } from "@/lib/domain/bond-labels";
import type { VerificationResult, VerifiedVersion } from "@/lib/server/verification/verification-result";

function kindLabel(version: VerifiedVersion): string {
  return VERSION_KIND_LABEL[version.kind] + (version.changeType ? `（${CHANGE_TYPE_LABEL[version.changeType]}）` : "");
}

function downloadSignedDocument(contractNumber: string, version: VerifiedVersion) {
  if (!version.signature.value || !version.signature.keyId) return;
  const doc = signedCertificateDocument({
    contractNumber,
    versionNo: version.versionNo,
    content: version.content,
    signature: Uint8Array.from(atob(version.signature.value), (c) => c.charCodeAt(0)),
    keyId: version.signature.keyId,
    keysUrl: `${window.location.origin}/api/v1/keys`,
  });
  const url = URL.createObjectURL(new Blob([JSON.stringify(doc, null, 2)], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = `電子証書_${contractNumber}_第${version.versionNo}版.json`;
  link.click();
  URL.revokeObjectURL(url);
}

export function CertificateView({ result }: { result: VerificationResult }) {
  const [selectedNo, setSelectedNo] = useState(result.certificate.versionNo);
  const version = result.history.find((v) => v.versionNo === selectedNo) ?? result.certificate;
  const rows = certificateRows(asCertificateContent(version.content));
  const cancelled = result.status === "CANCELLED";
  const isCurrent = version.versionNo === result.certificate.versionNo;
  // A 契約保証予約 (入札ボンド): 有効 until its 有効期限, then 期限切れ (the signed 有効期限 is termTo).
  const current = asCertificateContent(result.certificate.content);
  const reservation = current.guaranteeKind === "BID_BOND_RESERVATION";
  const reservationStateLabel = reservation
    ? RESERVATION_STATE_LABEL[reservationState({ cancelled, converted: false, validUntil: ymdOfDate(new Date(`${current.termTo}T00:00:00Z`)) }, todayInJapan(new Date(result.respondedAt)))]
    : null;

  return (
    <section className="certificate" aria-labelledby="certificate-heading">
      <div className="certificate__head">
        <h2 id="certificate-heading">
          {reservation ? RESERVATION_WORDS.certificate : "電子証書"}（{result.contractNumber}）
        </h2>
        <p className={cancelled || reservationStateLabel === RESERVATION_STATE_LABEL.EXPIRED ? "status status--cancelled" : "status status--active"}>
          状態: {reservationStateLabel ?? GUARANTEE_STATUS_LABEL[result.status]}
        </p>
        <p className={version.signature.valid ? "signature signature--valid" : "signature signature--invalid"}>
          署名: {version.signature.valid ? "有効" : "無効（内容が改ざんされているおそれがあります）"}
          {!result.chain.valid && result.chain.problem && <span>　{result.chain.problem}</span>}
        </p>
        {result.chain.format === 1 && (
          <p className="muted">署名形式 v1: 版の連鎖を導入する前に発行された電子証書です。各版の署名だけを確認しています。</p>
        )}
        <p className="muted">
          照会日時: {formatDateTimeWareki(new Date(result.respondedAt))}（{formatDateTimeJst(new Date(result.respondedAt))}）
          {!isCurrent && <strong>　※ 過去の版（第{version.versionNo}版）を表示しています</strong>}
        </p>
      </div>
      <table className="data">
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td>{row.value}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>電子保証情報（履歴情報）</h3>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">No.</th>
            <th scope="col">電子保証発行日時</th>
            <th scope="col">対象</th>
            <th scope="col" className="no-print">電子証書</th>
          </tr>
        </thead>
        <tbody>
          {result.history.map((entry, index) => (
            <tr key={entry.versionNo} aria-current={entry.versionNo === version.versionNo ? "true" : undefined}>
              <td>{index + 1}</td>
              <td>{formatDateTimeJst(new Date(entry.issuedAt))}</td>
              <td>{kindLabel(entry)}</td>
              <td className="no-print">
                <button type="button" className="button button--secondary" onClick={() => setSelectedNo(entry.versionNo)} disabled={entry.versionNo === version.versionNo}>
                  表示
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <div className="button-row no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          印刷する
        </button>
        <button type="button" className="button button--secondary" onClick={() => downloadSignedDocument(result.contractNumber, version)}>
          署名付き電子証書をダウンロード
        </button>
        {version.signature.keyId && (
          <a className="button button--secondary" href={`/api/v1/keys/${encodeURIComponent(version.signature.keyId)}.pem`}>
            公開鍵をダウンロード
          </a>
        )}
      </div>
      <p className="muted">
        電子証書の各版は保証会社の鍵で署名されています。ダウンロードした署名付き電子証書は、公開鍵を使って手元で確認できます（手順は<Link href="/help/signature">ヘルプ「署名の確認」</Link>をご覧ください）。
      </p>
    </section>
  );
}
