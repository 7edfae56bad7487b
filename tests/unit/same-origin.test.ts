import { describe, expect, it } from "vitest";
import { isAllowedOrigin, refuseForeignOrigin } from "@/lib/security/same-origin";

const APP_URL = "https://netdesk.example.jp/";
const post = (origin?: string) =>
  new Request("https://netdesk.example.jp/api/v1/verify", { method: "POST", headers: origin === undefined ? {} : { origin } });

describe("foreign-origin check for state-changing route handlers", () => {
  it("allows no Origin (server to server) and exactly APP_URL's origin", () => {
    expect(isAllowedOrigin(new Headers(), APP_URL)).toBe(true);
    expect(isAllowedOrigin(new Headers({ origin: "https://netdesk.example.jp" }), APP_URL)).toBe(true);
    expect(refuseForeignOrigin(post(), APP_URL)).toBeNull();
  });

  it("refuses look-alikes: another scheme, port, subdomain, suffix, and the opaque null origin", () => {
    for (const origin of [
      "https://evil.example",
      "http://netdesk.example.jp",
      "https://netdesk.example.jp:8443",
      "https://a.netdesk.example.jp",
      "https://netdesk.example.jp.evil.example",
      "null",
      "",
    ]) {
      expect(isAllowedOrigin(new Headers({ origin }), APP_URL), origin).toBe(false);
    }
  });

  it("answers a refusal as 403 JSON with the BAD_ORIGIN code and no internals", async () => {
    const response = refuseForeignOrigin(post("https://evil.example"), APP_URL)!;
    expect(response.status).toBe(403);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.json();
    expect(body).toEqual({ error: { code: "BAD_ORIGIN", message: expect.stringContaining("送信元") } });
  });
});
