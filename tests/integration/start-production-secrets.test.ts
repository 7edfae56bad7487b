// Production (DATABASE_URL set, no DEMO) refuses to start without its secrets, naming them.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");

describe("npm start in production", () => {
  it("stops with a message naming each missing secret", () => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: "postgresql://x:y@127.0.0.1:1/none", NODE_ENV: "production", DEMO: "" };
    delete env.AUTH_SECRET;
    delete env.SIGNING_PRIVATE_KEY;
    env.KEY_ENCRYPTION_KEY = Buffer.alloc(32, 1).toString("base64");
    const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/start.ts"], { cwd: ROOT, env, encoding: "utf8" });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("AUTH_SECRET");
    expect(result.stderr).toContain("SIGNING_PRIVATE_KEY");
    expect(result.stderr).not.toContain("KEY_ENCRYPTION_KEY");
  });
});
