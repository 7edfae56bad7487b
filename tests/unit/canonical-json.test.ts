import { generateKeyPairSync, sign } from "node:crypto";
import { describe, expect, it } from "vitest";
import { canonicalJson } from "@/lib/domain/canonical-json";
import { verifyCertificateContent } from "@/lib/crypto/certificate-signature";

describe("canonicalJson (RFC 8785)", () => {
  it("sorts keys by UTF-16 code units and drops whitespace", () => {
    expect(canonicalJson({ b: 1, a: [true, null, "x"], "€": "ユーロ", "\u0080": 0 })).toBe(
      '{"a":[true,null,"x"],"b":1,"\u0080":0,"€":"ユーロ"}',
    );
  });

  it("serialises numbers and strings as ECMAScript does (RFC 8785 appendix examples)", () => {
    expect(canonicalJson({ numbers: [333333333.3333333, 1e30, 4.5, 0.002, 1e-27], string: "€$\u000f\nA'B\"\\\\\"/" })).toBe(
      '{"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });
});

describe("certificate signature", () => {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  const pem = publicKey.export({ type: "spki", format: "pem" }).toString();
  const content = { 保証契約番号: "37071-00000M", 保証金額: "20000000", 工事名: "令和○年度 県単河川維持工事" };
  const signature = sign(null, Buffer.from(canonicalJson(content)), privateKey);

  it("verifies the content it signed, whatever the key order", () => {
    expect(verifyCertificateContent({ 工事名: content.工事名, 保証金額: content.保証金額, 保証契約番号: content.保証契約番号 }, signature, pem)).toBe(true);
  });

  it("fails when one byte of content or signature changes", () => {
    expect(verifyCertificateContent({ ...content, 保証金額: "20000001" }, signature, pem)).toBe(false);
    const flipped = Buffer.from(signature);
    flipped[5]! ^= 0x01;
    expect(verifyCertificateContent(content, flipped, pem)).toBe(false);
  });

  it("remembers outcomes per key, signature and content: a checked signature is not valid under another key", () => {
    const other = generateKeyPairSync("ed25519").publicKey.export({ type: "spki", format: "pem" }).toString();
    for (let i = 0; i < 3; i++) {
      expect(verifyCertificateContent(content, signature, pem)).toBe(true);
      expect(verifyCertificateContent(content, signature, other)).toBe(false);
      expect(verifyCertificateContent(content, signature.subarray(0, 63), pem)).toBe(false);
    }
  });
});
