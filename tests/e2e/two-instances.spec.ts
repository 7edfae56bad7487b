// Two more app instances, started as `npm start` starts production (DATABASE_URL given, secrets in the
// environment, TRUST_PROXY=1, MAIL_WORKER=0), on the database of the e2e portal, behind an imagined
// load balancer: staff pressing 発行 on the same applications through both at once issue each exactly
// once, and verification attempts sent to both at once are counted together, because the locks and the
// throttle's state live in PostgreSQL. (Many more concurrent issues from two processes:
// tests/integration/two-instances.test.ts.)
import { randomInt } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import pg from "pg";
import { findFreePort } from "@/lib/db/embedded-postgres";
import { formatContractNumber } from "@/lib/domain/contract-number";
import { PAIR_MAX_FAILURES, SOURCE_MAX_ATTEMPTS } from "@/lib/server/verification/throttle";
import { demoDataDirConnection, startPortal, type PortalProcess } from "../support/portal-process";
import { E2E_DATA_DIR } from "./support/e2e-env";
import { createAcceptedApplication, createContractorCompany, createStaffUser, payFeesFor, type StaffUser } from "./support/factories";
import { signIn } from "./support/sign-in";

test.describe.configure({ mode: "serial" });

let instances: PortalProcess[] = [];
let databaseUrl = "";

test.beforeAll(async () => {
  test.setTimeout(300_000);
  const connection = demoDataDirConnection(E2E_DATA_DIR);
  databaseUrl = connection.databaseUrl;
  const { secrets } = connection;
  const env = { ...secrets, DATABASE_URL: databaseUrl, DEMO: "0", MAIL_WORKER: "0", TRUST_PROXY: "1", SMTP_URL: "" };
  const first = await findFreePort();
  let second = await findFreePort();
  while (second === first) second = await findFreePort();
  // Started together, as a deploy starts them: both run the start-up migrations at once.
  const started = await Promise.allSettled([first, second].map((port) => startPortal(port, env)));
  instances = started.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
  for (const s of started) if (s.status === "rejected") throw s.reason;
});

test.afterAll(async () => {
  await Promise.all(instances.map((i) => i.stop()));
});

/** A 長野支店 staff member signed in on instance `i`, in a browser context of their own. */
async function staffOn(browser: Browser, i: number, staff: StaffUser): Promise<Page> {
  const context = await browser.newContext({ baseURL: instances[i]!.baseUrl });
  const page = await context.newPage();
  page.on("dialog", (dialog) => void dialog.accept());
  await signIn(page, staff.email, staff.password);
  return page;
}

test("staff pressing 発行 on the same applications through both instances at once issue each exactly once", async ({ browser }) => {
  test.setTimeout(180_000);
  // Five of a new company's applications, sent and taken in at 長野支店 (support/factories.ts).
  const company = await createContractorCompany();
  const ids: string[] = [];
  for (let i = 0; i < 5; i++) {
    const application = await createAcceptedApplication({ company, projectName: `二重発行確認工事 ${i + 1}` });
    await payFeesFor(application); // 入金確認: the company has no 一括納付
    ids.push(application.id);
  }
  const staff = await createStaffUser("長野支店");
  const pages = [await staffOn(browser, 0, staff), await staffOn(browser, 1, staff)];

  for (const id of ids) {
    await Promise.all(pages.map((page) => page.goto(`/staff/applications/${id}`)));
    // Both buttons pressed at the same moment, one on each instance.
    await Promise.all(pages.map((page) => page.getByRole("button", { name: "発行", exact: true }).click()));
    const answers = await Promise.all(
      pages.map(async (page) => {
        await expect(page.getByRole("status")).toContainText(/保証契約番号 37071-\d{5}[A-Z]/);
        return (await page.getByRole("status").textContent())!;
      }),
    );
    // One instance issued, the other found it issued and names the same numbers.
    expect(answers.filter((a) => a.startsWith("発行しました"))).toHaveLength(1);
    expect(answers.filter((a) => a.startsWith("この申込は発行済みです"))).toHaveLength(1);
    const numbers = answers.map((a) => a.match(/37071-\d{5}[A-Z]/g)!.sort().join());
    expect(numbers[0]).toBe(numbers[1]);
  }

  // In PostgreSQL: two guarantees (前払・契約) per application, every number and every key hash once.
  const db = new pg.Client(databaseUrl);
  await db.connect();
  try {
    const { rows } = await db.query<{ applicationId: string; contractNumber: string; keyHash: Buffer | null }>(
      `SELECT g."applicationId", g."contractNumber", k."keyHash" FROM "Guarantee" g LEFT JOIN "AuthKey" k ON k."guaranteeId" = g.id WHERE g."applicationId" = ANY($1::uuid[])`,
      [ids],
    );
    expect(rows).toHaveLength(2 * ids.length);
    for (const id of ids) expect(rows.filter((r) => r.applicationId === id)).toHaveLength(2);
    expect(new Set(rows.map((r) => r.contractNumber)).size).toBe(rows.length);
    const hashes = rows.flatMap((r) => (r.keyHash ? [r.keyHash.toString("hex")] : []));
    expect(hashes.length).toBeGreaterThan(0);
    expect(new Set(hashes).size).toBe(hashes.length);
  } finally {
    await db.end();
  }
});

/** A well-formed 保証契約番号 no branch has issued (office codes 99xxx do not exist). */
const unknownNumber = () => formatContractNumber(`99${randomInt(100, 1000)}`, randomInt(0, 100_000));
const randomAddress = () => `10.${randomInt(0, 256)}.${randomInt(0, 256)}.${randomInt(0, 256)}`;

/** A wrong-key attempt through instance `i % 2`, from `address` as the load balancer reports it. */
async function attempt(i: number, contractNumber: string, address: string) {
  const response = await fetch(`${instances[i % 2]!.baseUrl}/api/v1/verify`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": address },
    body: JSON.stringify({ contractNumber, authKey: "AAAAAAAAAAAA" }),
  });
  return { status: response.status, retryAfter: response.headers.get("retry-after") };
}

const countStatuses = (results: { status: number }[]) =>
  results.reduce<Record<number, number>>((counts, r) => ({ ...counts, [r.status]: (counts[r.status] ?? 0) + 1 }), {});

test("failures for one 保証契約番号 from one address sent to both instances at once are counted together", async () => {
  const contractNumber = unknownNumber();
  const address = randomAddress();
  const results = await Promise.all(Array.from({ length: 2 * PAIR_MAX_FAILURES }, (_, i) => attempt(i, contractNumber, address)));
  // Exactly ten failures are let through, whichever instance they reached; the rest are refused.
  expect(countStatuses(results)).toEqual({ 404: PAIR_MAX_FAILURES, 429: PAIR_MAX_FAILURES });
  for (const i of [0, 1]) {
    const refused = await attempt(i, contractNumber, address);
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
  }
  // The number itself is not locked: other addresses are still answered.
  for (const i of [0, 1]) expect((await attempt(i, contractNumber, randomAddress())).status).toBe(404);
});

test("attempts from one address sent to both instances at once are counted together (60 a minute)", async () => {
  const address = randomAddress();
  const extra = 10;
  const results = await Promise.all(Array.from({ length: SOURCE_MAX_ATTEMPTS + extra }, (_, i) => attempt(i, unknownNumber(), address)));
  expect(countStatuses(results)).toEqual({ 404: SOURCE_MAX_ATTEMPTS, 429: extra });
  for (const i of [0, 1]) expect((await attempt(i, unknownNumber(), address)).status).toBe(429);
  // Another address is not affected.
  expect((await attempt(0, unknownNumber(), randomAddress())).status).toBe(404);
});
