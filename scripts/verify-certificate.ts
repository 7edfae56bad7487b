// npm run verify-certificate -- <signed-certificate.json> (--key <public-key.pem> | --keys <keys.json>)
// Checks a downloaded signed certificate offline: the payload is the canonical JSON of the content,
// and the Ed25519 signature over it verifies with the guarantee company's public key. What it prints
// comes from the signed content only, never from the document's unsigned envelope (contractNumber,
// versionNo beside it could say anything).
import fs from "node:fs";
import { verifyCertificateContent } from "@/lib/crypto/certificate-signature";
import { canonicalJson } from "@/lib/domain/canonical-json";
import { asCertificateContent, certificateRows } from "@/lib/domain/certificate-content";
import type { SignedCertificateDocument } from "@/lib/domain/signed-document";

function usage(): never {
  console.error("使い方: npm run verify-certificate -- <署名付き電子証書.json> (--key <公開鍵.pem> | --keys <keys.json>)");
  process.exit(2);
}

function publicKeyFor(keyId: string, args: string[]): string {
  const keyFile = args[args.indexOf("--key") + 1];
  if (args.includes("--key") && keyFile) return fs.readFileSync(keyFile, "utf8");
  const keysFile = args[args.indexOf("--keys") + 1];
  if (args.includes("--keys") && keysFile) {
    const { keys } = JSON.parse(fs.readFileSync(keysFile, "utf8")) as { keys: { kid: string; publicKeyPem: string }[] };
    const key = keys.find((k) => k.kid === keyId);
    if (!key) throw new Error(`鍵 ${keyId} が ${keysFile} にありません`);
    return key.publicKeyPem;
  }
  usage();
}

function main(args: string[]): boolean {
  const file = args[0];
  if (!file || file.startsWith("--")) usage();
  const doc = JSON.parse(fs.readFileSync(file, "utf8")) as SignedCertificateDocument;
  if (doc.format !== "netdesk-signed-certificate/v1" || doc.algorithm !== "Ed25519") {
    console.error("署名付き電子証書の形式ではありません。");
    return false;
  }
  if (canonicalJson(doc.content) !== doc.payload) {
    console.log("署名: 無効 — 証書の内容が署名された内容と一致しません");
    return false;
  }
  const ok = verifyCertificateContent(doc.content, Buffer.from(doc.signature, "base64"), publicKeyFor(doc.keyId, args));
  if (!ok) {
    console.log("署名: 無効 — 署名が鍵と内容に合いません");
    return false;
  }
  // Signed: the content. Printed from it alone.
  let content;
  try {
    content = asCertificateContent(doc.content);
  } catch {
    console.log(`署名: 有効 (鍵 ${doc.keyId}) — ただし電子証書の内容の形式ではありません`);
    return true;
  }
  console.log(`署名: 有効 — ${content.contractNumber} 第${content.versionNo}版 (鍵 ${doc.keyId}、署名形式 v${content.format})`);
  for (const row of certificateRows(content)) console.log(`  ${row.label}: ${row.value}`);
  if (content.format === 2) console.log(`  前の版のハッシュ: ${content.previousVersionHash ?? "なし（第1版）"}`);
  return true;
}

try {
  process.exit(main(process.argv.slice(2)) ? 0 : 1);
} catch (error) {
  console.error(`確認できませんでした: ${(error as Error).message}`);
  process.exit(2);
}
