// The one place that reads the environment: parsed by zod once, on first use.
// `npm start` (scripts/start.ts) fills in demo secrets before the app reads this.
import { z } from "zod";

const base64Key = (bytes: number) =>
  z
    .string()
    .refine((v) => Buffer.from(v, "base64").length === bytes, `base64 で ${bytes} バイトの値が必要です`);

export const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().min(1),
  // next-auth's JWT encryption secret.
  AUTH_SECRET: z.string().min(32),
  // AES-256-GCM key that seals 認証キー copies; also the root of their HMAC key.
  KEY_ENCRYPTION_KEY: base64Key(32),
  // Ed25519 private key (PKCS#8 PEM) that signs certificate versions.
  SIGNING_PRIVATE_KEY: z.string().includes("PRIVATE KEY"),
  SIGNING_KEY_ID: z.string().min(1).default("netdesk-2026-1"),
  APP_URL: z.url().default("http://localhost:3000"),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Net Desk インターネット保証サービス <no-reply@netdesk.example.jp>"),
  DEMO: z.enum(["0", "1"]).optional(),
  // Where demo data lives (embedded PostgreSQL, secrets, the demo mailbox read by /dev/mailbox).
  // `npm start` sets it to an absolute path.
  DATA_DIR: z.string().min(1).default(".data"),
  // "1": the server runs the e-mail worker itself; "0": it runs separately (`npm run worker`).
  MAIL_WORKER: z.enum(["0", "1"]).default("1"),
  // Behind a load balancer: take the client address from X-Forwarded-For.
  TRUST_PROXY: z.enum(["0", "1"]).default("0"),
});

export type TConfig = z.infer<typeof ZEnv> & { demo: boolean };

/** The secrets production must be given; in demo mode they are generated under DATA_DIR. */
export const REQUIRED_SECRETS = ["AUTH_SECRET", "KEY_ENCRYPTION_KEY", "SIGNING_PRIVATE_KEY"] as const;

export function parseConfig(env: Record<string, string | undefined>): TConfig {
  const result = ZEnv.safeParse(env);
  if (!result.success) {
    const names = [...new Set(result.error.issues.map((i) => String(i.path[0])))];
    throw new Error(`設定が不足しているか不正です: ${names.join(", ")}`);
  }
  return { ...result.data, demo: result.data.DEMO === "1" };
}

let cached: TConfig | undefined;

export function getConfig(): TConfig {
  cached ??= parseConfig(process.env);
  return cached;
}
