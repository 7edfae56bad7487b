import { generateKeyPairSync, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseConfig } from "@/lib/config";

const valid = {
  DATABASE_URL: "postgresql://u:p@localhost:5432/netdesk",
  AUTH_SECRET: randomBytes(32).toString("base64url"),
  KEY_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
  SIGNING_PRIVATE_KEY: generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
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
});
