// The route-by-role security matrix: every page, route handler and method of app/ (discovered from the
// files, so a new route without a row fails here) × the eight kinds of visitor, each answered exactly as
// tests/e2e/support/route-expectations.ts says. Raw statuses: redirects are not followed.
import path from "node:path";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { signInThroughApi, type StorageState } from "./support/api-sign-in";
import { discoverRoutes } from "./support/app-routes";
import { findDemoIds } from "./support/demo-ids";
import { ACTORS, ROUTE_EXPECTATIONS, type Actor, type DemoIds, type Outcome, type Row } from "./support/route-expectations";

const EMAILS: Record<Exclude<Actor, "anonymous">, string> = {
  contractorA: "contractor@example.jp",
  contractorB: "contractor2@example.jp",
  staffOwnBranch: "staff.nagano@example.jp",
  staffOtherBranch: "staff.shizuoka@example.jp",
  orderingBody: "verifier@saku.example.jp",
  orderingBodyOther: "verifier@mishima.example.jp",
  administrator: "admin@example.jp",
};

let baseURL: string;
let ids: DemoIds;
const states = new Map<Actor, StorageState>();

test.beforeAll(async ({ browser, playwright }, testInfo) => {
  baseURL = testInfo.project.use.baseURL!;
  for (const [actor, email] of Object.entries(EMAILS) as [Actor, string][]) {
    const request = await playwright.request.newContext({ baseURL });
    states.set(actor, await signInThroughApi(request, email));
    await request.dispose();
  }
  const keys = await (await (await playwright.request.newContext({ baseURL })).get("/api/v1/keys")).json();
  ids = await findDemoIds(browser, { contractorA: states.get("contractorA")!, administrator: states.get("administrator")! }, keys);
});

test("every page, route handler and method in app/ has a row in the matrix, and every row a route", () => {
  const table = ROUTE_EXPECTATIONS.map((r) => r.route).sort();
  expect(new Set(table).size, "one row per route").toBe(table.length);
  expect(table).toEqual(discoverRoutes(path.join(process.cwd(), "app")));
});

/** 200, 404…, or "→/path" for a redirect, with known record ids written back as ":name". */
function outcomeOf(response: APIResponse): Outcome {
  const status = response.status();
  if (status < 300 || status >= 400) return String(status) as Outcome;
  let location = new URL(response.headers()["location"]!, baseURL).pathname;
  for (const [name, id] of Object.entries(ids)) location = location.replaceAll(id, `:${name}`);
  return `→${location}`;
}

function send(request: APIRequestContext, row: Row): Promise<APIResponse> {
  const url = row.url(ids);
  if (row.body === undefined) return request.get(url, { maxRedirects: 0 });
  // As a page of the portal would post it: our own Origin.
  return request.post(url, { data: row.body, headers: { Origin: new URL(baseURL).origin }, maxRedirects: 0 });
}

for (const actor of ACTORS) {
  test(`${actor}: every entry point answers as the matrix expects`, async ({ playwright }) => {
    test.setTimeout(120_000);
    const request = await playwright.request.newContext({ baseURL, storageState: states.get(actor) });
    const actual: Record<string, Outcome> = {};
    const expected: Record<string, Outcome> = {};
    for (const row of ROUTE_EXPECTATIONS) {
      actual[row.route] = outcomeOf(await send(request, row));
      expected[row.route] = row.expect[actor];
    }
    await request.dispose();
    expect(actual).toEqual(expected);
  });
}
