// A page elsewhere cannot make a visitor's browser change anything here: the verification API refuses
// a foreign Origin (lib/security/same-origin.ts), and Next refuses a server action whose Origin is not
// the Host. Each refusal is paired with the same request from our own origin, which does run.
import { expect, test, type APIRequestContext } from "@playwright/test";

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
    expect(foreign.status()).toBeGreaterThanOrEqual(400);
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
    expect(foreign.status()).toBeGreaterThanOrEqual(400);
    expect(await foreign.text()).not.toContain(RESET_SENT);
  });
});
