// The portal as deployed behind a TLS-terminating load balancer (APP_URL https://…): one more
// production instance on the e2e database. Its responses carry HSTS and upgrade-insecure-requests,
// and the session cookie a real sign-in sets is Secure (with the __Secure- prefix), HttpOnly and
// SameSite=Lax. (The plain-http demo portal's cookies are checked in security-headers.spec.ts.)
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "./support/sign-in";
import { findFreePort } from "@/lib/db/embedded-postgres";
import { demoDataDirConnection, startPortal, type PortalProcess } from "../support/portal-process";
import { E2E_DATA_DIR } from "./support/e2e-env";
const PUBLIC_URL = "https://netdesk.example.jp";

let instance: PortalProcess;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  const { databaseUrl, secrets } = demoDataDirConnection(E2E_DATA_DIR);
  const port = await findFreePort();
  instance = await startPortal(port, { ...secrets, DATABASE_URL: databaseUrl, DEMO: "0", MAIL_WORKER: "0", SMTP_URL: "", APP_URL: PUBLIC_URL });
});

test.afterAll(async () => {
  await instance?.stop();
});

/** name=value pairs of Set-Cookie headers, for sending back. */
const cookieHeader = (setCookies: string[]) => setCookies.map((c) => c.split(";")[0]).join("; ");

test("HSTS and upgrade-insecure-requests on every page", async () => {
  const response = await fetch(`${instance.baseUrl}/login`);
  expect(response.status).toBe(200);
  expect(response.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
  expect(response.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
});

test("a sign-in sets a Secure, HttpOnly, SameSite=Lax session cookie", async () => {
  const csrf = await fetch(`${instance.baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookies = csrf.headers.getSetCookie();
  expect(csrfCookies.some((c) => c.startsWith("__Host-next-auth.csrf-token=") && /;\s*Secure/i.test(c))).toBe(true);

  const signIn = await fetch(`${instance.baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(csrfCookies) },
    body: new URLSearchParams({ csrfToken, email: "contractor@example.jp", password: DEMO_PASSWORD, callbackUrl: `${PUBLIC_URL}/netdesk`, json: "true" }),
  });
  const session = signIn.headers.getSetCookie().find((c) => c.startsWith("__Secure-next-auth.session-token="));
  expect(session, signIn.headers.getSetCookie().join("\n")).toBeDefined();
  const attributes = session!.split(";").map((a) => a.trim().toLowerCase());
  expect(attributes).toContain("secure");
  expect(attributes).toContain("httponly");
  expect(attributes).toContain("samesite=lax");

  // The cookie is a working session: the contractor's area answers with the contractor's page.
  const home = await fetch(`${instance.baseUrl}/netdesk`, { redirect: "manual", headers: { cookie: cookieHeader([session!]) } });
  expect(home.status).toBe(200);
  expect(await home.text()).toContain("〇〇建設");
});
