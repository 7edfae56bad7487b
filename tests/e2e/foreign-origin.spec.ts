// A page elsewhere cannot make a visitor's browser change anything here: every POST with a foreign
// Origin gets 403 (proxy.ts with lib/security/same-origin.ts; the verification API checks again), a
// server action and a plain form post included. Each refusal is paired with the same request from our
// own origin, which does run.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { DEMO_PASSWORD } from "./support/sign-in";

const EVIL = "https://evil.example";
const RESET_SENT = "パスワード再設定のご案内をお送りしました";

function hiddenFields(html: string): Record<string, string> {
  const decode = (v: string) => v.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  const fields: Record<string, string> = {};
  for (const m of html.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/>/g)) fields[decode(m[1]!)] = decode(m[2] ?? "");
  return fields;
}

test("POST /api/v1/verify: 403 BAD_ORIGIN from a foreign page; served without Origin (server to server) and from our own", async ({ request, baseURL }) => {
  const verify = (headers: Record<string, string>) => request.post("/api/v1/verify", { data: {}, headers });
  const foreign = await verify({ Origin: EVIL });
  expect(foreign.status()).toBe(403);
  expect((await foreign.json()).error.code).toBe("BAD_ORIGIN");
  // The empty body is refused as 400 VALIDATION: the request got past the origin check.
  expect((await verify({})).status()).toBe(400);
  expect((await verify({ Origin: new URL(baseURL!).origin })).status()).toBe(400);
});

test.describe("the /password/forgot server action", () => {
  async function form(request: APIRequestContext) {
    const fields = hiddenFields(await (await request.get("/password/forgot")).text());
    const actionId = (JSON.parse(fields["$ACTION_1:0"]!) as { id: string }).id;
    expect(actionId).toMatch(/^[0-9a-f]{40,}$/);
    return { fields, actionId };
  }

  test("called with its Next-Action id and a foreign Origin: refused before it runs", async ({ request, baseURL }) => {
    const { actionId } = await form(request);
    const call = (origin: string) =>
      request.post("/password/forgot", {
        headers: { Origin: origin, "Next-Action": actionId },
        multipart: { "0": JSON.stringify([{ status: "idle" }, "$K1"]), "1_email": "nobody@example.jp" },
        maxRedirects: 0,
      });
    const own = await call(new URL(baseURL!).origin);
    expect(own.status()).toBe(200);
    expect(await own.text()).toContain('"status":"error"'); // the action's own answer: it ran
    const foreign = await call(EVIL);
    expect(foreign.status()).toBe(403);
    expect(await foreign.text()).not.toContain('"status"');
  });

  test("posted as the plain HTML form from a foreign Origin: refused, no reset requested", async ({ request, baseURL }) => {
    const { fields } = await form(request);
    const post = (origin: string) =>
      request.post("/password/forgot", { headers: { Origin: origin }, multipart: { ...fields, email: "nobody@example.jp" }, maxRedirects: 0 });
    const own = await post(new URL(baseURL!).origin);
    expect(own.status()).toBe(200);
    expect(await own.text()).toContain(RESET_SENT);
    const foreign = await post(EVIL);
    expect(foreign.status()).toBe(403);
    const page = await foreign.text();
    expect(page).not.toContain(RESET_SENT);
    expect(page).toContain("送信元が正しくありません");
  });
});

test("the demo opened by IP address instead of localhost still signs in (its Origin is the Host it was opened as)", async ({ page, baseURL }) => {
  const byAddress = baseURL!.replace("localhost", "127.0.0.1");
  expect(byAddress).not.toBe(baseURL);
  await page.goto(`${byAddress}/login`);
  await page.getByLabel("メールアドレス").fill("contractor@example.jp");
  await page.getByLabel("パスワード").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "ログイン" }).click();
  await expect(page).toHaveURL(`${byAddress}/netdesk`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});
