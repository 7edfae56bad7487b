import { describe, expect, it } from "vitest";
import { isAllowedOrigin, refuseForeignOrigin } from "@/lib/security/same-origin";

const APP_URL = "https://netdesk.example.jp/";
const post = (origin?: string) =>
  new Request("https://netdesk.example.jp/api/v1/verify", { method: "POST", headers: origin === undefined ? {} : { origin } });

describe("foreign-origin check for state-changing requests", () => {
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

  it("over plain http (the demo) also accepts the address the browser used, and nothing else", () => {
    const demo = "http://localhost:3000";
    expect(isAllowedOrigin(new Headers({ origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" }), demo)).toBe(true);
    expect(isAllowedOrigin(new Headers({ origin: "http://evil.example", host: "127.0.0.1:3000" }), demo)).toBe(false);
    expect(isAllowedOrigin(new Headers({ origin: "https://127.0.0.1:3000", host: "127.0.0.1:3000" }), demo)).toBe(false);
    // Over https the Host is not trusted: only APP_URL's origin.
    expect(isAllowedOrigin(new Headers({ origin: "http://netdesk.example.jp", host: "netdesk.example.jp" }), APP_URL)).toBe(false);
  });

  it("answers a refusal as 403 JSON with the BAD_ORIGIN code and no internals", async () => {
    const response = refuseForeignOrigin(post("https://evil.example"), APP_URL)!;
    expect(response.status).toBe(403);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.json();
    expect(body).toEqual({ error: { code: "BAD_ORIGIN", message: expect.stringContaining("送信元") } });
  });
});
