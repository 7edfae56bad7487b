// Throw-away secrets for a process that issues or signs outside `npm start` (integration tests,
// benchmarks); values already in the environment are kept.
import { generateKeyPairSync, randomBytes } from "node:crypto";

export function ensureTestSecrets(env: NodeJS.ProcessEnv = process.env): void {
  env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
  env.KEY_ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
  env.SIGNING_PRIVATE_KEY ??= generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString();
  env.APP_URL ??= "http://localhost:3000";
}
