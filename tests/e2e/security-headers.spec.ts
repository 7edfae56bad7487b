import { expect, test } from "@playwright/test";
import { signIn } from "./support/sign-in";

test("every page carries a nonce-based CSP and the security headers, and runs with no CSP violation", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto("/login");
  const headers = response!.headers();
  const csp = headers["content-security-policy"]!;
  const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src"))!;
  expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]{20,}'/);
  expect(scriptSrc).not.toContain("unsafe-inline");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");

  // A fresh nonce per request.
  const again = (await page.request.get("/login")).headers()["content-security-policy"];
  expect(again).not.toBe(csp);

  // The scripts still run (sign-in is a client-side form) and the browser reports no violation.
  await signIn(page, "contractor@example.jp");
  await expect(page).toHaveURL(/\/netdesk$/);
  expect(violations).toEqual([]);
});

test("the public verification API, which the proxy skips, answers with the same headers and a CSP that allows nothing", async ({ request }) => {
  for (const response of [
    await request.post("/api/v1/verify", { data: { contractNumber: "x", authKey: "y" } }),
    await request.post("/api/v1/verify", { data: "not json", headers: { "content-type": "application/json" } }),
    await request.post("/api/v1/verify", { data: {}, headers: { origin: "https://evil.example" } }),
  ]) {
    expect([400, 403]).toContain(response.status());
    const headers = response.headers();
    expect(headers["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  }
});

test("session cookies are HttpOnly and SameSite=Lax", async ({ page, context }) => {
  await signIn(page, "contractor@example.jp");
  const session = (await context.cookies()).find((c) => c.name.includes("next-auth.session-token"));
  expect(session).toBeDefined();
  expect(session!.httpOnly).toBe(true);
  expect(session!.sameSite).toBe("Lax");
});
