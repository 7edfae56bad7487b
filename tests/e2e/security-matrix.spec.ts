// The route-by-role security matrix: every page, route handler and method of app/ (discovered from the
// files, so a new route without a row fails here) × the ten kinds of visitor, each answered exactly as
// tests/e2e/support/route-expectations.ts says. Raw statuses: redirects are not followed.
import path from "node:path";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { signInThroughApi, type StorageState } from "./support/api-sign-in";
import { discoverRoutes } from "./support/app-routes";
import {
  branchNamed,
  createContractorCompany,
  createIssuedGuarantees,
  createIssuedReservation,
  createStaffUser,
  createSubmittedApplication,
  feeRecordsOf,
  fileUsagePlan,
  orderingBodyNamed,
  saveInvoiceFor,
  uploadGuaranteeDocument,
  qaEntryId,
  SAKU_VERIFIER_EMAIL,
  BANK_USER_EMAIL,
  approvedItems,
  requestPayout,
  uploadItemDocument,
} from "./support/factories";
import { ACTORS, ROUTE_EXPECTATIONS, type Actor, type DemoIds, type Outcome, type Row } from "./support/route-expectations";
import { DEMO_PASSWORD } from "./support/sign-in";

let baseURL: string;
let ids: DemoIds;
const states = new Map<Actor, StorageState>();

// The visitors and records of the matrix, created for this file (support/factories.ts): contractor A's
// company with a sent application and an issued e-guarantee at 長野支店, contractor B's company, a new
// staff member of 長野支店 and of 静岡支店, 佐久市's and 三島市's demo users, the demo administrator and the two demo banks.
test.beforeAll(async ({ playwright }, testInfo) => {
  test.setTimeout(120_000);
  baseURL = testInfo.project.use.baseURL!;
  const [companyA, companyB, staffOwnBranch, staffOtherBranch] = await Promise.all([
    createContractorCompany(),
    createContractorCompany(),
    createStaffUser("長野支店"),
    createStaffUser("静岡支店"),
  ]);
  const application = await createSubmittedApplication({ company: companyA });
  const reservation = await createIssuedReservation({ company: companyA });
  const issued = await createIssuedGuarantees({ company: companyA });
  const { advance } = issued;
  const [{ planId }, documentId] = await Promise.all([fileUsagePlan(issued), uploadGuaranteeDocument(companyA, advance.id), saveInvoiceFor(companyA, advance.id)]);
  const [payoutRequest, itemDocument] = await Promise.all([requestPayout(companyA, planId), approvedItems(planId).then(([first]) => uploadItemDocument(companyA, first!.itemId))]);
  const accounts: Record<Exclude<Actor, "anonymous">, { email: string; password: string }> = {
    contractorA: companyA.user,
    contractorB: companyB.user,
    staffOwnBranch,
    staffOtherBranch,
    orderingBody: { email: SAKU_VERIFIER_EMAIL, password: DEMO_PASSWORD },
    // Seeded accounts: 三島市's user (another ordering body) and the 本店 administrator.
    orderingBodyOther: { email: "verifier@mishima.example.jp", password: DEMO_PASSWORD },
    administrator: { email: "admin@example.jp", password: DEMO_PASSWORD },
    // The demo user of 〇〇銀行 ××支店, contractor A's 預託金融機関.
    bank: { email: BANK_USER_EMAIL, password: DEMO_PASSWORD },
    // The demo user of △△信用金庫 三島支店: another 預託金融機関, the outsider of the bank's records.
    bankOther: { email: "bank.mishima@example.jp", password: DEMO_PASSWORD },
  };
  for (const [actor, { email, password }] of Object.entries(accounts) as [Actor, { email: string; password: string }][]) {
    const request = await playwright.request.newContext({ baseURL });
    states.set(actor, await signInThroughApi(request, email, password));
    await request.dispose();
  }
  const keysRequest = await playwright.request.newContext({ baseURL });
  const keys = (await (await keysRequest.get("/api/v1/keys")).json()) as { keys: { kid: string }[] };
  await keysRequest.dispose();
  const [branch, orderingBody, qaEntry] = await Promise.all([branchNamed("長野支店"), orderingBodyNamed("佐久市"), qaEntryId("押印は必要ですか")]);
  const { feeStatement, feeRateTable } = await feeRecordsOf(advance.id);
  ids = {
    application: application.id,
    guarantee: advance.id,
    branch: branch.id,
    orderingBody: orderingBody.id,
    keyId: keys.keys[0]!.kid,
    feeStatement,
    feeRateTable,
    reservation: reservation.id,
    reservationApplication: reservation.applicationId,
    usagePlan: planId,
    document: documentId,
    qaEntry,
    payoutRequest,
    itemDocument,
  };
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
