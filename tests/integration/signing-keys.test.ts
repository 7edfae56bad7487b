import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/keys/route";
import { signCertificateContent } from "@/lib/crypto/certificate-signature";
import { signedCertificateDocument } from "@/lib/domain/signed-document";

const ROOT = path.resolve(import.meta.dirname, "../..");
const content = { 保証契約番号: "37071-00000M", 保証金額: "20000000", 工事名: "令和○年度 県単河川維持工事" };

async function setUp() {
  const { keys } = (await (await GET()).json()) as { keys: { kid: string; publicKeyPem: string; jwk: { x: string } }[] };
  const { signature, keyId } = signCertificateContent(content);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "netdesk-sig-"));
  const doc = signedCertificateDocument({ contractNumber: "37071-00000M", versionNo: 1, content, signature, keyId, keysUrl: "http://x/api/v1/keys" });
  fs.writeFileSync(path.join(dir, "doc.json"), JSON.stringify(doc));
  fs.writeFileSync(path.join(dir, "keys.json"), JSON.stringify({ keys }));
  fs.writeFileSync(path.join(dir, "key.pem"), keys[0]!.publicKeyPem);
  return { dir, doc, keys };
}

const verifyScript = (args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", "scripts/verify-certificate.ts", ...args], { cwd: ROOT, encoding: "utf8" });

describe("/api/v1/keys and offline verification", () => {
  it("publishes the configured key once, as PEM and JWK", async () => {
    const { keys } = await setUp();
    await GET();
    expect(keys).toHaveLength(1);
    expect(keys[0]!.kid).toBe("netdesk-2026-1");
    expect(keys[0]!.publicKeyPem).toContain("BEGIN PUBLIC KEY");
    expect(keys[0]!.jwk.x).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("npm run verify-certificate says 有効 for an intact document and 無効 when one character changed", async () => {
    const { dir, doc } = await setUp();
    const ok = verifyScript([path.join(dir, "doc.json"), "--keys", path.join(dir, "keys.json")]);
    expect(ok.stdout).toContain("署名: 有効");
    expect(ok.status).toBe(0);

    fs.writeFileSync(path.join(dir, "tampered.json"), JSON.stringify({ ...doc, content: { ...content, 保証金額: "90000000" } }));
    const bad = verifyScript([path.join(dir, "tampered.json"), "--key", path.join(dir, "key.pem")]);
    expect(bad.stdout).toContain("署名: 無効");
    expect(bad.status).toBe(1);

    const forgedPayload = { ...doc, content: { ...content, 保証金額: "90000000" } };
    forgedPayload.payload = JSON.stringify(forgedPayload.content); // payload re-made to match, signature not
    fs.writeFileSync(path.join(dir, "forged.json"), JSON.stringify(forgedPayload));
    expect(verifyScript([path.join(dir, "forged.json"), "--key", path.join(dir, "key.pem")]).status).toBe(1);
  });

  it("verifies with stock OpenSSL as the README shows", async () => {
    const { dir, doc } = await setUp();
    fs.writeFileSync(path.join(dir, "payload"), doc.payload);
    fs.writeFileSync(path.join(dir, "sig"), Buffer.from(doc.signature, "base64"));
    const out = execFileSync("openssl", ["pkeyutl", "-verify", "-pubin", "-inkey", path.join(dir, "key.pem"), "-rawin", "-in", path.join(dir, "payload"), "-sigfile", path.join(dir, "sig")], { encoding: "utf8" });
    expect(out).toContain("Signature Verified Successfully");
  });
});

describe("npm run verify-certificate prints only signed fields", () => {
  it("names the number and version of the signed content, not of the document's unsigned envelope", async () => {
    const { keys } = (await (await GET()).json()) as { keys: { kid: string; publicKeyPem: string }[] };
    const certificate = {
      format: 2, contractNumber: "37071-00000M", guaranteeKind: "ADVANCE", productName: "前払金保証", certificateForm: "ELECTRONIC",
      contractor: "〇〇建設 株式会社", jvName: null, orderingBody: "長野県△△建設事務所長", projectName: "令和○年度 県単河川維持工事",
      projectLocation: null, periodFrom: "2026-04-01", periodTo: "2027-03-31", contractAmount: "50000000", guaranteeAmount: "20000000",
      termFrom: "2026-04-01", termTo: "2027-03-31", depositBank: "〇〇銀行", suretyCompany: "保証会社", suretyBranch: "長野支店",
      issuedAt: "2026-04-01T00:00:00.000Z", versionNo: 1, versionKind: "NEW", changeType: null, status: "ACTIVE",
      previousVersionHash: null, hiddenVersionNos: [],
    };
    const { signature, keyId } = signCertificateContent(certificate);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "netdesk-sig-"));
    // The envelope lies about the number and the version; only `content` is signed.
    const doc = { ...signedCertificateDocument({ contractNumber: "99999-99999Z", versionNo: 7, content: certificate, signature, keyId, keysUrl: "http://x/api/v1/keys" }) };
    fs.writeFileSync(path.join(dir, "doc.json"), JSON.stringify(doc));
    fs.writeFileSync(path.join(dir, "key.pem"), keys[0]!.publicKeyPem);
    const out = verifyScript([path.join(dir, "doc.json"), "--key", path.join(dir, "key.pem")]);
    expect(out.status).toBe(0);
    expect(out.stdout).toContain("署名: 有効 — 37071-00000M 第1版");
    expect(out.stdout).toContain("保証金額: 20,000,000");
    expect(out.stdout).not.toContain("99999-99999Z");
    expect(out.stdout).not.toContain("第7版");
  });
});
