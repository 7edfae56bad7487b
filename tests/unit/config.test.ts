import { generateKeyPairSync, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { isLoopbackAddress, parseConfig, parseSigningPublicKeys, productionConfigProblems, publicKeyPemOf, resolveStartMode } from "@/lib/config";

const ed25519 = () => generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString();
const valid = {
  DATABASE_URL: "postgresql://u:p@localhost:5432/netdesk",
  AUTH_SECRET: randomBytes(32).toString("base64url"),
  KEY_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
  SIGNING_PRIVATE_KEY: ed25519(),
};

describe("parseConfig", () => {
  it("accepts a complete environment and fills defaults", () => {
    const config = parseConfig(valid);
    expect(config.APP_URL).toBe("http://localhost:3000");
    expect(config.demo).toBe(false);
  });

  it("names every missing or malformed variable", () => {
    expect(() => parseConfig({ ...valid, AUTH_SECRET: undefined, KEY_ENCRYPTION_KEY: "short" })).toThrow(
      /AUTH_SECRET, KEY_ENCRYPTION_KEY/,
    );
  });

  it("refuses a signing key that is not Ed25519, and a DATABASE_URL that is not PostgreSQL", () => {
    const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    expect(() => parseConfig({ ...valid, SIGNING_PRIVATE_KEY: rsa })).toThrow(/SIGNING_PRIVATE_KEY/);
    expect(() => parseConfig({ ...valid, SIGNING_PRIVATE_KEY: "-----BEGIN PRIVATE KEY-----\nxx\n-----END PRIVATE KEY-----" })).toThrow(/SIGNING_PRIVATE_KEY/);
    expect(() => parseConfig({ ...valid, DATABASE_URL: "postgress//db.example.jp/netdesk" })).toThrow(/DATABASE_URL/);
  });

  it("trusts the current key (derived from SIGNING_PRIVATE_KEY) and the retired keys of SIGNING_PUBLIC_KEYS", () => {
    const old1 = ed25519();
    const old2 = ed25519();
    const keys = `netdesk-2025-1=${publicKeyPemOf(old1)}\nnetdesk-2025-2=${publicKeyPemOf(old2).replace(/\n/g, "\\n")}`;
    const config = parseConfig({ ...valid, SIGNING_KEY_ID: "netdesk-2026-1", SIGNING_PUBLIC_KEYS: keys });
    expect([...config.trustedSigningKeys.keys()]).toEqual(["netdesk-2026-1", "netdesk-2025-1", "netdesk-2025-2"]);
    expect(config.trustedSigningKeys.get("netdesk-2026-1")).toBe(publicKeyPemOf(valid.SIGNING_PRIVATE_KEY));
    expect(config.trustedSigningKeys.get("netdesk-2025-2")).toBe(publicKeyPemOf(old2));
  });

  it("refuses SIGNING_PUBLIC_KEYS that are not kid=PEM of Ed25519, or that give the current id another key", () => {
    expect(parseSigningPublicKeys("just text")).toEqual(expect.stringContaining("kid="));
    const rsaPublic = generateKeyPairSync("rsa", { modulusLength: 2048 }).publicKey.export({ type: "spki", format: "pem" }).toString();
    expect(parseSigningPublicKeys(`old=${rsaPublic}`)).toEqual(expect.stringContaining("Ed25519"));
    expect(() => parseConfig({ ...valid, SIGNING_PUBLIC_KEYS: `netdesk-2026-1=${publicKeyPemOf(ed25519())}` })).toThrow(/SIGNING_PUBLIC_KEYS/);
    // The current key listed again is harmless.
    expect(parseConfig({ ...valid, SIGNING_PUBLIC_KEYS: `netdesk-2026-1=${publicKeyPemOf(valid.SIGNING_PRIVATE_KEY)}` }).trustedSigningKeys.size).toBe(1);
  });
});

describe("resolveStartMode: demo only when DATABASE_URL is unset and on loopback or with DEMO=1", () => {
  it("starts the demo on loopback without DATABASE_URL (npm install && npm start)", () => {
    expect(resolveStartMode({})).toEqual({ demo: true, hostname: "127.0.0.1" });
    expect(resolveStartMode({ DATABASE_URL: "", HOST: "::1" })).toEqual({ demo: true, hostname: "::1" });
    expect(resolveStartMode({ HOST: "localhost" }).demo).toBe(true);
  });

  it("refuses to serve a demo on a public address unless DEMO=1 says so", () => {
    expect(() => resolveStartMode({ HOST: "0.0.0.0" })).toThrow(/DATABASE_URL が設定されていません。HOST=0\.0\.0\.0/);
    expect(() => resolveStartMode({ HOST: "192.0.2.10", DATABASE_URI: "postgresql://misspelt" })).toThrow(/DEMO=1/);
    expect(resolveStartMode({ HOST: "0.0.0.0", DEMO: "1" })).toEqual({ demo: true, hostname: "0.0.0.0" });
  });

  it("is production with DATABASE_URL, listening on 0.0.0.0 by default; DEMO=1 with a DATABASE_URL and DEMO=0 without one stop", () => {
    expect(resolveStartMode({ DATABASE_URL: "postgresql://db/netdesk" })).toEqual({ demo: false, hostname: "0.0.0.0" });
    expect(() => resolveStartMode({ DATABASE_URL: "postgresql://db/netdesk", DEMO: "1" })).toThrow(/デモモードで起動できません/);
    expect(() => resolveStartMode({ DEMO: "0" })).toThrow(/DEMO=0/);
  });

  it("knows the loopback addresses", () => {
    for (const a of ["127.0.0.1", "127.1.2.3", "::1", "[::1]", "::ffff:127.0.0.1", "localhost"]) expect(isLoopbackAddress(a)).toBe(true);
    for (const a of ["0.0.0.0", "::", "10.0.0.1", "128.0.0.1", "::ffff:10.0.0.1", "unknown", "", undefined]) expect(isLoopbackAddress(a)).toBe(false);
  });
});

describe("productionConfigProblems", () => {
  const ok = { ...valid, APP_URL: "https://netdesk.example.jp", SMTP_URL: "smtp://mail.example.jp:587" };

  it("accepts an https APP_URL, SMTP_URL and an Ed25519 key", () => {
    expect(productionConfigProblems(ok, { hostname: "0.0.0.0", sendsMail: true })).toEqual([]);
  });

  it("requires an https APP_URL; plain http only when APP_URL and the listen address are both loopback", () => {
    expect(productionConfigProblems({ ...ok, APP_URL: undefined }, { hostname: "0.0.0.0", sendsMail: true })).toEqual([expect.stringContaining("APP_URL")]);
    expect(productionConfigProblems({ ...ok, APP_URL: "http://netdesk.example.jp" }, { hostname: "0.0.0.0", sendsMail: true })).toEqual([expect.stringContaining("https://")]);
    expect(productionConfigProblems({ ...ok, APP_URL: "http://localhost:3000" }, { hostname: "0.0.0.0", sendsMail: true })).toHaveLength(1);
    expect(productionConfigProblems({ ...ok, APP_URL: "http://127.0.0.1:3000" }, { hostname: "127.0.0.1", sendsMail: true })).toEqual([]);
  });

  it("requires SMTP_URL where this process sends mail, and an Ed25519 signing key", () => {
    expect(productionConfigProblems({ ...ok, SMTP_URL: "" }, { hostname: "0.0.0.0", sendsMail: true })).toEqual([expect.stringContaining("SMTP_URL")]);
    expect(productionConfigProblems({ ...ok, SMTP_URL: "" }, { hostname: "0.0.0.0", sendsMail: false })).toEqual([]);
    const ec = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    expect(productionConfigProblems({ ...ok, SIGNING_PRIVATE_KEY: ec }, { hostname: "0.0.0.0", sendsMail: true })).toEqual([expect.stringContaining("Ed25519")]);
  });
});
