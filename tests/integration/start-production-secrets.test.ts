// `npm start` never runs a demo by accident, and production refuses to start without its secrets and a
// safe configuration, naming what is missing. Each case stops before any database is opened.
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const ed25519 = () => generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString();

/** The process environment without anything that decides the mode, plus `env`. */
function start(env: Record<string, string | undefined>) {
  const base: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production" };
  for (const name of ["DATABASE_URL", "DEMO", "HOST", "APP_URL", "SMTP_URL", "AUTH_SECRET", "KEY_ENCRYPTION_KEY", "SIGNING_PRIVATE_KEY", "MAIL_WORKER"]) delete base[name];
  for (const [name, value] of Object.entries(env)) if (value !== undefined) base[name] = value;
  return spawnSync(process.execPath, ["--import", "tsx", "scripts/start.ts"], { cwd: ROOT, env: base, encoding: "utf8", timeout: 60_000 });
}

const secrets = {
  AUTH_SECRET: randomBytes(32).toString("base64url"),
  KEY_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
  SIGNING_PRIVATE_KEY: ed25519(),
};
// Unreachable on purpose: a start that got past the checks fails at the database instead.
const DATABASE_URL = "postgresql://x:y@127.0.0.1:1/none";

describe("npm start in production", () => {
  it("stops with a message naming each missing secret", () => {
    const result = start({ DATABASE_URL, DEMO: "", KEY_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString("base64") });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("AUTH_SECRET");
    expect(result.stderr).toContain("SIGNING_PRIVATE_KEY");
    expect(result.stderr).not.toContain("KEY_ENCRYPTION_KEY");
  });

  it("stops without an https APP_URL and without SMTP_URL, and with a signing key that is not Ed25519", () => {
    const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    const result = start({ ...secrets, DATABASE_URL, APP_URL: "http://netdesk.example.jp", SIGNING_PRIVATE_KEY: rsa });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("APP_URL は https://");
    expect(result.stderr).toContain("SMTP_URL");
    expect(result.stderr).toContain("Ed25519");
    expect(result.stdout).not.toContain("マイグレーション");
  });

  it("gets past the checks with an https APP_URL and SMTP_URL (and then fails only at the unreachable database)", () => {
    const result = start({ ...secrets, DATABASE_URL, APP_URL: "https://netdesk.example.jp", SMTP_URL: "smtp://mail.example.jp:587" });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("起動できませんでした");
    expect(result.stderr).not.toContain("本番モードの設定");
  });
});

describe("npm start never starts a demo by accident", () => {
  it("without DATABASE_URL on a public address (HOST=0.0.0.0, or DATABASE_URL misspelt) it stops before seeding anything", () => {
    for (const env of [{ HOST: "0.0.0.0" }, { HOST: "0.0.0.0", DATABASE_URI: DATABASE_URL, ...secrets }]) {
      const result = start({ ...env, DATA_DIR: path.join(ROOT, ".scratch", "never-created") });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain("DATABASE_URL が設定されていません。HOST=0.0.0.0");
      expect(result.stdout).not.toContain("デモ用アカウント");
      expect(result.stdout).not.toContain("PostgreSQL");
    }
  });

  it("refuses DEMO=1 together with a DATABASE_URL (a production database is never seeded)", () => {
    const result = start({ ...secrets, DATABASE_URL, DEMO: "1" });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("DATABASE_URL を指定したときはデモモードで起動できません");
  });
});
