// The one place that reads the environment: parsed by zod once, on first use.
// `npm start` (scripts/start.ts) decides the mode first (resolveStartMode), fills in demo secrets, and
// refuses a production start whose configuration is unsafe (productionConfigProblems) before the app reads this.
import { createPrivateKey, createPublicKey } from "node:crypto";
import { z } from "zod";

const base64Key = (bytes: number) =>
  z
    .string()
    .refine((v) => Buffer.from(v, "base64").length === bytes, `base64 で ${bytes} バイトの値が必要です`);

/** True for a PKCS#8 PEM that holds an Ed25519 private key (not RSA, not EC, not garbage). */
export function isEd25519PrivateKey(pem: string): boolean {
  try {
    return createPrivateKey(pem).asymmetricKeyType === "ed25519";
  } catch {
    return false;
  }
}

/** SPKI PEM of the public half of an Ed25519 private key. */
export function publicKeyPemOf(privateKeyPem: string): string {
  return createPublicKey(createPrivateKey(privateKeyPem)).export({ type: "spki", format: "pem" }).toString();
}

const KID = /^[A-Za-z0-9._-]{1,100}$/;
const PUBLIC_KEY_ENTRY = /([A-Za-z0-9._-]+)\s*=\s*(-----BEGIN PUBLIC KEY-----[\s\S]*?-----END PUBLIC KEY-----)/g;

/**
 * SIGNING_PUBLIC_KEYS: the retired keys certificates may still be signed with, as `kid=PEM` entries
 * (several separated by whitespace or commas; `\n` written as two characters is read as a line break,
 * for platforms that store one-line values). Every entry must be an Ed25519 SPKI public key.
 */
export function parseSigningPublicKeys(value: string | undefined): Map<string, string> | string {
  const keys = new Map<string, string>();
  const text = (value ?? "").replace(/\\n/g, "\n").trim();
  if (!text) return keys;
  let rest = text;
  for (const [entry, kid, pem] of text.matchAll(PUBLIC_KEY_ENTRY)) {
    rest = rest.replace(entry, "");
    if (!KID.test(kid!)) return `鍵ID ${kid} は英数字と . _ - で100文字までにしてください`;
    if (keys.has(kid!)) return `鍵ID ${kid} が2回あります`;
    try {
      const key = createPublicKey(pem!);
      if (key.asymmetricKeyType !== "ed25519") return `鍵 ${kid} は Ed25519 の公開鍵ではありません`;
      keys.set(kid!, key.export({ type: "spki", format: "pem" }).toString());
    } catch {
      return `鍵 ${kid} の PEM を読めません`;
    }
  }
  if (rest.replace(/[\s,]/g, "")) return "kid=-----BEGIN PUBLIC KEY-----… の形で指定してください";
  return keys;
}

const postgresUrl = z.string().refine((v) => {
  try {
    return ["postgres:", "postgresql:"].includes(new URL(v).protocol);
  } catch {
    return false;
  }
}, "postgresql://ユーザー:パスワード@ホスト:ポート/データベース の形で指定してください");

export const ZEnv = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: postgresUrl,
    // next-auth's JWT encryption secret.
    AUTH_SECRET: z.string().min(32),
    // AES-256-GCM key that seals 認証キー copies; also the root of their HMAC key.
    KEY_ENCRYPTION_KEY: base64Key(32),
    // Ed25519 private key (PKCS#8 PEM) that signs certificate versions.
    SIGNING_PRIVATE_KEY: z.string().refine(isEd25519PrivateKey, "Ed25519 の秘密鍵 (PKCS#8 PEM) が必要です"),
    SIGNING_KEY_ID: z.string().regex(KID).default("netdesk-2026-1"),
    // Retired signing keys whose certificates still verify: kid=PEM entries (parseSigningPublicKeys).
    SIGNING_PUBLIC_KEYS: z.string().optional(),
    APP_URL: z.url().default("http://localhost:3000"),
    SMTP_URL: z.string().optional(),
    MAIL_FROM: z.string().default("Net Desk インターネット保証サービス <no-reply@netdesk.example.jp>"),
    DEMO: z.enum(["0", "1", ""]).optional(),
    // Where demo data lives (embedded PostgreSQL, secrets, the demo mailbox read by /dev/mailbox).
    // `npm start` sets it to an absolute path.
    DATA_DIR: z.string().min(1).default(".data"),
    // "1": the server runs the e-mail worker itself; "0": it runs separately (`npm run worker`).
    MAIL_WORKER: z.enum(["0", "1"]).default("1"),
    // Behind a load balancer: take the client address from X-Forwarded-For.
    TRUST_PROXY: z.enum(["0", "1"]).default("0"),
  })
  .superRefine((env, ctx) => {
    const retired = parseSigningPublicKeys(env.SIGNING_PUBLIC_KEYS);
    if (typeof retired === "string") {
      ctx.addIssue({ code: "custom", path: ["SIGNING_PUBLIC_KEYS"], message: retired });
    } else if (retired.has(env.SIGNING_KEY_ID) && isEd25519PrivateKey(env.SIGNING_PRIVATE_KEY) && retired.get(env.SIGNING_KEY_ID) !== publicKeyPemOf(env.SIGNING_PRIVATE_KEY)) {
      ctx.addIssue({ code: "custom", path: ["SIGNING_PUBLIC_KEYS"], message: `鍵ID ${env.SIGNING_KEY_ID} は SIGNING_PRIVATE_KEY と別の鍵です` });
    }
  });

export type TConfig = z.infer<typeof ZEnv> & {
  demo: boolean;
  /** kid → SPKI PEM of every key a certificate may be signed with: the current one first, then the retired ones. */
  trustedSigningKeys: Map<string, string>;
};

/** The secrets production must be given; in demo mode they are generated under DATA_DIR. */
export const REQUIRED_SECRETS = ["AUTH_SECRET", "KEY_ENCRYPTION_KEY", "SIGNING_PRIVATE_KEY"] as const;

export function parseConfig(env: Record<string, string | undefined>): TConfig {
  const result = ZEnv.safeParse(env);
  if (!result.success) {
    const names = [...new Set(result.error.issues.map((i) => String(i.path[0])))];
    const reasons = result.error.issues.filter((i) => i.code === "custom").map((i) => `${String(i.path[0])}: ${i.message}`);
    throw new Error(`設定が不足しているか不正です: ${names.join(", ")}${reasons.length ? `（${reasons.join("、")}）` : ""}`);
  }
  const data = result.data;
  const trustedSigningKeys = new Map([[data.SIGNING_KEY_ID, publicKeyPemOf(data.SIGNING_PRIVATE_KEY)]]);
  for (const [kid, pem] of parseSigningPublicKeys(data.SIGNING_PUBLIC_KEYS) as Map<string, string>) {
    if (!trustedSigningKeys.has(kid)) trustedSigningKeys.set(kid, pem);
  }
  return { ...data, demo: data.DEMO === "1", trustedSigningKeys };
}

let cached: TConfig | undefined;

export function getConfig(): TConfig {
  cached ??= parseConfig(process.env);
  return cached;
}

/** Forgets the parsed configuration, for a process that joins one portal after another (bench/app-server.ts). */
export function forgetConfig(): void {
  cached = undefined;
}

// ---- How `npm start` runs: demo or production ----------------------------------------------------

/** 127.0.0.0/8, ::1 (also IPv4-mapped) and localhost: reachable from this machine only. */
export function isLoopbackAddress(address: string | undefined | null): boolean {
  if (!address) return false;
  const a = address.trim().toLowerCase().replace(/^\[|\]$/g, "");
  if (a === "localhost" || a === "::1" || a === "0:0:0:0:0:0:0:1") return true;
  const v4 = a.startsWith("::ffff:") ? a.slice(7) : a;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

export type StartMode = { demo: boolean; hostname: string };

/** Why `npm start` refuses to start; the message is shown as it is. */
export class StartRefused extends Error {}

const blank = (value: string | undefined) => !value || !value.trim();

/**
 * Demo mode (embedded PostgreSQL, generated secrets, demo accounts with a published password) only when
 * DATABASE_URL is unset AND either the portal listens on loopback or DEMO=1 asks for it explicitly.
 * A production start that lost its DATABASE_URL (unset, or misspelt as another name) therefore stops
 * instead of serving a seeded demo on 0.0.0.0.
 */
export function resolveStartMode(env: Record<string, string | undefined>): StartMode {
  const noDatabase = blank(env.DATABASE_URL);
  const hostname = blank(env.HOST) ? (noDatabase ? "127.0.0.1" : "0.0.0.0") : env.HOST!.trim();
  if (!noDatabase) {
    if (env.DEMO === "1") {
      throw new StartRefused("DATABASE_URL を指定したときはデモモードで起動できません。デモには DATABASE_URL を外し、本番では DEMO=1 を外してください。");
    }
    return { demo: false, hostname };
  }
  if (env.DEMO === "0") {
    throw new StartRefused("DEMO=0（本番）ですが DATABASE_URL が設定されていません。PostgreSQL の接続先を DATABASE_URL に指定してください。");
  }
  if (env.DEMO === "1" || isLoopbackAddress(hostname)) return { demo: true, hostname };
  throw new StartRefused(
    `DATABASE_URL が設定されていません。HOST=${hostname} で外部に公開するデモは DEMO=1 を指定したときだけ起動します。本番では DATABASE_URL を設定してください。`,
  );
}

/**
 * What a production start must have, besides its secrets: an https APP_URL (links in mails and PDFs,
 * Secure cookies, HSTS) — plain http only when both APP_URL and the listen address are loopback, where
 * nobody else can reach the portal (a local check of a production configuration) — and SMTP_URL wherever
 * this process sends mail (MAIL_WORKER=1). Answers the Japanese problems, none when all is well.
 */
export function productionConfigProblems(env: Record<string, string | undefined>, options: { hostname: string; sendsMail: boolean }): string[] {
  const problems: string[] = [];
  let appUrl: URL | undefined;
  try {
    appUrl = blank(env.APP_URL) ? undefined : new URL(env.APP_URL!);
  } catch {
    appUrl = undefined;
  }
  if (!appUrl) {
    problems.push("APP_URL に公開アドレス（https://…）を指定してください。メールや PDF のリンクに使われます。");
  } else if (appUrl.protocol !== "https:" && !(appUrl.protocol === "http:" && isLoopbackAddress(appUrl.hostname) && isLoopbackAddress(options.hostname))) {
    problems.push(`APP_URL は https:// で始まる公開アドレスにしてください（指定値: ${appUrl.origin}）。Secure Cookie と HSTS は https でだけ有効になります。`);
  }
  if (options.sendsMail && blank(env.SMTP_URL)) {
    problems.push("SMTP_URL（送信メールサーバー）を指定してください。メール送信ワーカーを別に動かす場合は MAIL_WORKER=0 にしてください。");
  }
  if (!blank(env.SIGNING_PRIVATE_KEY) && !isEd25519PrivateKey(env.SIGNING_PRIVATE_KEY!)) {
    problems.push("SIGNING_PRIVATE_KEY は Ed25519 の秘密鍵 (PKCS#8 PEM) にしてください（openssl genpkey -algorithm ed25519）。");
  }
  return problems;
}
