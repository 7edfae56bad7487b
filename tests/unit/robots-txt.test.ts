// public/robots.txt keeps the signed-in areas out of search engines and lets the public pages in.
// Read as RFC 9309 says: the longest matching rule wins, Allow on a tie.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const rules = fs
  .readFileSync(path.resolve(import.meta.dirname, "../../public/robots.txt"), "utf8")
  .split("\n")
  .map((line) => line.replace(/#.*/, "").trim())
  .map((line) => /^(allow|disallow):\s*(\S*)$/i.exec(line))
  .filter((m) => m !== null)
  .map((m) => ({ allow: m[1]!.toLowerCase() === "allow", path: m[2]! }));

function allowed(url: string): boolean {
  const matching = rules.filter((r) => r.path !== "" && url.startsWith(r.path));
  if (matching.length === 0) return true;
  const longest = Math.max(...matching.map((r) => r.path.length));
  return matching.some((r) => r.path.length === longest && r.allow);
}

describe("robots.txt", () => {
  it.each(["/", "/login", "/verify", "/ordering-bodies", "/ordering-bodies?prefecture=長野県", "/api-docs"])("allows %s", (url) => {
    expect(allowed(url)).toBe(true);
  });

  it.each([
    "/netdesk", "/netdesk/applications/new", "/staff", "/staff/audit", "/ordering-body", "/ordering-body/guarantees",
    "/account/setup?token=x", "/account/password", "/password/reset?token=x", "/dev/mailbox", "/api/v1/verify", "/api/auth/session",
  ])("keeps %s out", (url) => {
    expect(allowed(url)).toBe(false);
  });
});
