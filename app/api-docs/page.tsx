import type { Metadata } from "next";
import Link from "next/link";
import { PublicHeader } from "@/components/public-header";
import { openApiDocument } from "@/lib/api/openapi";

export const metadata: Metadata = { title: "電子保証 確認 API" };

type Schema = { required?: readonly string[]; properties?: Record<string, { type?: unknown; description?: string; $ref?: string }> };

function FieldTable({ schema }: { schema: Schema }) {
  return (
    <table className="data">
      <thead>
        <tr>
          <th scope="col">項目</th>
          <th scope="col">型</th>
          <th scope="col">必須</th>
          <th scope="col">説明</th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(schema.properties ?? {}).map(([name, field]) => (
          <tr key={name}>
            <td><code>{name}</code></td>
            <td>{field.$ref ? field.$ref.split("/").pop() : String(field.type ?? "object")}</td>
            <td>{schema.required?.includes(name) ? "必須" : ""}</td>
            <td>{field.description ?? ""}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default function ApiDocsPage() {
  const verify = openApiDocument.paths["/api/v1/verify"].post;
  const schemas = openApiDocument.components.schemas;
  return (
    <>
      <PublicHeader area="API" />
      <main>
        <h1>{openApiDocument.info.title}</h1>
        <p>{openApiDocument.info.description}</p>
        <p>
          機械可読な定義 (OpenAPI 3.1): <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>　画面で確認する場合は{" "}
          <Link href="/verify">電子保証の確認</Link>をご利用ください。
        </p>

        <h2>POST /api/v1/verify — {verify.summary}</h2>
        <p>{verify.description}</p>
        <h3>リクエスト (application/json)</h3>
        <FieldTable schema={schemas.VerifyRequest} />
        <pre className="panel">{`curl -X POST <このサイトのURL>/api/v1/verify \\
  -H 'Content-Type: application/json' \\
  -d '{"contractNumber":"37071-00000M","authKey":"Z28YUE4J3Bux"}'`}</pre>
        <h3>レスポンス</h3>
        <table className="data">
          <thead>
            <tr>
              <th scope="col">HTTP ステータス</th>
              <th scope="col">意味</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(verify.responses).map(([status, response]) => (
              <tr key={status}>
                <td>{status}</td>
                <td>{response.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h3>200 の本文</h3>
        <FieldTable schema={schemas.VerifyResponse} />
        <h3>signature</h3>
        <FieldTable schema={schemas.Signature} />
        <p>エラーの本文は <code>{`{"error":{"code":"NOT_FOUND","message":"保証契約番号または認証キーが正しくありません"}}`}</code> の形です。</p>

        <h2>署名の確認</h2>
        <p>
          <code>signature.payload</code> は電子証書の記載事項 (<code>certificate.content</code>) を RFC 8785 で正規化した JSON で、署名はこのバイト列に対する
          Ed25519 署名です。公開鍵は <a href="/api/v1/keys">/api/v1/keys</a> から鍵 ID (<code>keyId</code>) で選びます。OpenSSL 3 での確認例:
        </p>
        <pre className="panel">{`jq -j .signature.payload answer.json > payload
jq -r .signature.value answer.json | base64 -d > signature
openssl pkeyutl -verify -pubin -inkey key.pem -rawin -in payload -sigfile signature`}</pre>
      </main>
    </>
  );
}
