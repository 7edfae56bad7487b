// Demo mode: secrets are generated once and kept in DATA_DIR/secrets.json (0600), so a
// second `npm start` can still read the keys it sealed. Production: each is required.
import { generateKeyPairSync, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { REQUIRED_SECRETS } from "@/lib/config";

type Secrets = Record<(typeof REQUIRED_SECRETS)[number], string>;

function generateSecrets(): Secrets {
  const { privateKey } = generateKeyPairSync("ed25519");
  return {
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    KEY_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    SIGNING_PRIVATE_KEY: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
  };
}

/** Sets each secret not already in `env` from DATA_DIR/secrets.json, creating the file once. */
export function loadDemoSecrets(dataDir: string, env: NodeJS.ProcessEnv = process.env): void {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  const file = path.join(dataDir, "secrets.json");
  let secrets: Secrets;
  if (fs.existsSync(file)) {
    secrets = JSON.parse(fs.readFileSync(file, "utf8")) as Secrets;
  } else {
    secrets = generateSecrets();
    fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  }
  for (const name of REQUIRED_SECRETS) env[name] ??= secrets[name];
}

/** Names of required production secrets missing from `env`. */
export function missingSecrets(env: NodeJS.ProcessEnv = process.env): string[] {
  return REQUIRED_SECRETS.filter((name) => !env[name]);
}
