import type { Metadata } from "next";
import Link from "next/link";
import { PublicHeader } from "@/components/public-header";

export const metadata: Metadata = { title: "ヘルプ 署名の確認" };

// For ordering bodies: checking a downloaded certificate's signature on their own PC, without the
// portal. The commands match what lib/crypto/certificate-signature.ts signs (Ed25519 over the exact
// bytes in `payload`, the RFC 8785 canonical JSON of `content`).
export default function SignatureHelpPage() {
  return (
    <>
      <PublicHeader area="ヘルプ" />
      <main>
        <h1>署名の確認（発注者の方へ）</h1>
        <p>
          電子証書の各版は、保証会社の電子署名（Ed25519）付きで発行されています。<Link href="/verify">電子保証の確認</Link>
          で照会した電子証書は、ダウンロードして、お手元のパソコンで署名を確かめることができます。改ざんされた電子証書では確認に失敗します。
        </p>

        <h2>1. 署名付き電子証書と公開鍵をダウンロードする</h2>
        <ol>
          <li>
            <Link href="/verify">電子保証の確認</Link>で保証契約番号と認証キーを入力して照会し、確認したい版の「署名付き電子証書をダウンロード」を押します（ファイル名の例:
            <code>電子証書_37071-00000M_第1版.json</code>）。
          </li>
          <li>
            同じ画面の「公開鍵をダウンロード」で、署名した鍵の公開鍵（<code>netdesk-2026-1.pem</code> など）を保存します。公開鍵の一覧は{" "}
            <a href="/api/v1/keys">/api/v1/keys</a> でも公開しています。
          </li>
        </ol>
        <p className="muted">
          署名付き電子証書（JSON）には、証書の内容（<code>content</code>）、署名の対象となった正確なバイト列（<code>payload</code>）、署名（
          <code>signature</code>、Base64）と鍵の識別子（<code>keyId</code>）が入っています。
        </p>

        <h2>2. OpenSSL で署名を確かめる</h2>
        <p>OpenSSL 3 と jq があれば、次の3行で確認できます（Windows では WSL や Git Bash で実行できます）。</p>
        <pre className="code-block">
          <code>{`jq -j .payload 電子証書_37071-00000M_第1版.json > payload
jq -r .signature 電子証書_37071-00000M_第1版.json | base64 -d > signature
openssl pkeyutl -verify -pubin -inkey netdesk-2026-1.pem -rawin -in payload -sigfile signature`}</code>
        </pre>
        <p>
          <strong>Signature Verified Successfully</strong> と表示されれば、その内容は保証会社の鍵で署名されたもので、署名後に変更されていません。
          <strong>Signature Verification Failure</strong> と表示された場合は、電子証書か公開鍵が正しくありません。保証会社にお問い合わせください。
        </p>

        <h2>3. 確認できること・できないこと</h2>
        <ul>
          <li>確認できること: ダウンロードした版の内容（保証契約番号、保証金額、保証期間など）が保証会社の発行したとおりであること。</li>
          <li>
            確認できないこと: その後の変更や取消。最新の状態（有効・取消）は、いつでも<Link href="/verify">電子保証の確認</Link>で照会してください。
            電子証書を印刷したものは保証そのものではありません。
          </li>
          <li>
            公開鍵が本当に保証会社のものかは、保証会社が別の手段（書面やウェブサイト）でお知らせする鍵の識別子と照らし合わせてください。
          </li>
        </ul>

        <h2>システムから照会する場合</h2>
        <p>
          発注者のシステムから照会するときは <Link href="/api-docs">電子保証 確認 API</Link> をご利用ください。API の応答にも同じ署名が含まれます。
        </p>
      </main>
    </>
  );
}
