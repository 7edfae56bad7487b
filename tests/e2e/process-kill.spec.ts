// kill -9 of a portal process while 16 staff press 発行 and contractors press 送信する through it, then
// `npm start` again: every application is issued completely (guarantees, sealed keys, signed versions,
// 保証料計算書, audit entries, the queued 発行完了 mail) or not at all, the branch's 保証契約番号 serials have
// no gap and no duplicate, and every queued mail reaches the mailbox exactly once.
//
// The killed process is a production instance on the e2e portal's database (as in two-instances.spec.ts)
// with MAIL_WORKER=0: the e2e portal's worker delivers the mail, so the kill tests what the crash leaves in
// PostgreSQL and the outbox. Its applications go to a branch of its own (createBranch), so the serials
// counted are exactly its own and its 16 staff never queue on the branch row other specs issue at.
import fs from "node:fs";
import path from "node:path";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import pg from "pg";
import { findFreePort } from "@/lib/db/embedded-postgres";
import { demoDataDirConnection, startPortal, type PortalProcess } from "../support/portal-process";
import { signInThroughApi } from "./support/api-sign-in";
import { E2E_DATA_DIR } from "./support/e2e-env";
import {
  createAcceptedApplication,
  createBranch,
  createContractorCompany,
  createDraftApplication,
  createStaffUser,
  issueGuaranteeFor,
  payFeesFor,
  uniqueProjectName,
  type Application,
} from "./support/factories";
import { signIn } from "./support/sign-in";

test.describe.configure({ mode: "serial" });

const STAFF = 16;
const PER_STAFF = 2;
const DRAFTS = 8;
/** The killed instance's connections carry this name, so the test sees its transactions in pg_stat_activity. */
const INSTANCE = "netdesk-process-kill";

let portal: PortalProcess | undefined;
let db: pg.Client | undefined;

test.afterAll(async () => {
  await portal?.stop();
  await db?.end();
});

/** Runs `items` through `make`, three at a time (the factories' pool has three connections; sign-ins, below). */
async function inBatches<T, R>(items: T[], make: (item: T) => Promise<R>): Promise<R[]> {
  const made: R[] = [];
  for (let i = 0; i < items.length; i += 3) made.push(...(await Promise.all(items.slice(i, i + 3).map(make))));
  return made;
}

/** Presses 発行 on each application in turn (the page shows the first already), until the process is gone. */
async function issueEach(page: Page, ids: string[]): Promise<void> {
  for (const [i, id] of ids.entries()) {
    if (i > 0) await page.goto(`/staff/applications/${id}`);
    await page.getByRole("button", { name: "発行", exact: true }).click();
    // Issued, or refused in Japanese (then it stays 受付済 and is issued after the restart).
    await expect(page.getByRole("status").filter({ hasText: "保証契約番号" }).or(page.getByRole("alert").filter({ hasText: "。" }))).toBeVisible({ timeout: 60_000 });
  }
}

/** 申込確認へ and 送信する on each draft in turn (the page shows the first already). */
async function sendEach(page: Page, ids: string[]): Promise<void> {
  for (const [i, id] of ids.entries()) {
    if (i > 0) await page.goto(`/netdesk/applications/${id}/edit`);
    await page.getByRole("button", { name: "申込確認へ" }).click();
    await page.getByRole("button", { name: "送信する" }).click();
    await expect(page.getByText(/申込番号/).first()).toBeVisible({ timeout: 60_000 });
  }
}

test("kill -9 mid-work, npm start again: all or nothing per application, no serial gap or duplicate, each mail once", async ({ browser }) => {
  test.setTimeout(600_000);
  const { databaseUrl, secrets } = demoDataDirConnection(E2E_DATA_DIR);
  db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const rows = async <T extends pg.QueryResultRow>(sql: string, values: unknown[] = []) => (await db!.query<T>(sql, values)).rows;
  const env = {
    ...secrets,
    DATABASE_URL: `${databaseUrl}?application_name=${INSTANCE}`,
    // The production default, stated: this worker's environment carries the factories' pool of 3 once they have run.
    DATABASE_POOL_SIZE: "10",
    DEMO: "0",
    MAIL_WORKER: "0",
    TRUST_PROXY: "0",
    SMTP_URL: "",
  };
  const port = await findFreePort();
  const started = startPortal(port, env).then((started) => (portal = started));
  started.catch(() => undefined); // awaited below, once the fixtures are made

  // Meanwhile: a branch of its own with 16 staff, 32 applications taken in there with their fees received,
  // and 8 complete drafts to send.
  const branch = await createBranch();
  const company = await createContractorCompany();
  const staff = await inBatches([...Array(STAFF).keys()], () => createStaffUser(branch));
  const applications: Application[] = await inBatches([...Array(STAFF * PER_STAFF).keys()], async (i) => {
    const application = await createAcceptedApplication({ company, branch, projectName: uniqueProjectName(`強制終了確認工事${i + 1}`) }, staff[i % STAFF]);
    await payFeesFor(application, staff[i % STAFF]); // 入金確認: what 発行 needs for a company without 一括納付
    return application;
  });
  const ids = applications.map((a) => a.id);
  const drafts = (await inBatches([...Array(DRAFTS).keys()], (i) => createDraftApplication({ company, branch, projectName: uniqueProjectName(`強制終了時送信工事${i + 1}`) }))).map((d) => d.id);
  const killed = await started;

  // Each signed in through the API (the sign-in form is not what this test is about), in a context of
  // their own, with their first application or draft open, ready to press. Three at a time: bcrypt (pure
  // JS) holds the portal's event loop, and 18 sign-ins at once on a loaded machine time out its pool.
  const contexts: BrowserContext[] = [];
  const pageAt = async (email: string, password: string, url: string, ready: string) => {
    const context = await browser.newContext({ baseURL: killed.baseUrl });
    contexts.push(context);
    await signInThroughApi(context.request, email, password);
    const page = await context.newPage();
    // 発行's 確認; accepting one still open when the context is closed after the kill fails harmlessly.
    page.on("dialog", (dialog) => void dialog.accept().catch(() => undefined));
    await page.goto(url);
    await expect(page.getByRole("button", { name: ready, exact: true })).toBeVisible();
    return page;
  };
  const staffIds = staff.map((_, i) => ids.slice(i * PER_STAFF, (i + 1) * PER_STAFF));
  const contractorIds = [0, 1].map((i) => drafts.filter((_, j) => j % 2 === i));
  const staffPages = await inBatches([...staff.keys()], (i) => pageAt(staff[i]!.email, staff[i]!.password, `/staff/applications/${staffIds[i]![0]}`, "発行"));
  const contractorPages = await inBatches(contractorIds, (own) => pageAt(company.user.email, company.user.password, `/netdesk/applications/${own[0]}/edit`, "申込確認へ"));

  // Everybody at once; the process is killed once a quarter of the applications are issued, at a moment
  // when PostgreSQL holds a transaction of it open.
  const work = Promise.allSettled([...staffPages.map((page, i) => issueEach(page, staffIds[i]!)), ...contractorPages.map((page, i) => sendEach(page, contractorIds[i]!))]);
  const issuedCount = async () =>
    Number((await rows<{ n: string }>(`SELECT count(*)::text AS n FROM "Application" WHERE id = ANY($1::uuid[]) AND status = 'ISSUED'`, [ids]))[0]!.n);
  const openTransactions = async () =>
    Number((await rows<{ n: string }>(`SELECT count(*)::text AS n FROM pg_stat_activity WHERE application_name = $1 AND xact_start IS NOT NULL`, [INSTANCE]))[0]!.n);
  await expect
    .poll(async () => (await issuedCount()) >= ids.length / 4 && (await openTransactions()) > 0, { timeout: 180_000, intervals: [50] })
    .toBe(true);
  await killed.kill();
  // What the browsers were doing is cut off; what counts is what PostgreSQL kept.
  await Promise.all(contexts.map((context) => context.close()));
  await work;

  const issuedAtKill = await issuedCount();
  expect(issuedAtKill).toBeGreaterThan(0);
  expect(issuedAtKill).toBeLessThan(ids.length);

  // All or nothing per application, as the crash left it.
  const parts = await rows<{ id: string; status: string; counts: string[] }>(
    `SELECT a.id, a.status, ARRAY[
            (SELECT count(*) FROM "Guarantee" g WHERE g."applicationId" = a.id),
            (SELECT count(*) FROM "AuthKey" k JOIN "Guarantee" g ON g.id = k."guaranteeId" WHERE g."applicationId" = a.id),
            (SELECT count(*) FROM "CertificateVersion" v JOIN "Guarantee" g ON g.id = v."guaranteeId" WHERE g."applicationId" = a.id),
            (SELECT count(*) FROM "FeeStatement" s JOIN "Guarantee" g ON g.id = s."guaranteeId" WHERE g."applicationId" = a.id),
            (SELECT count(*) FROM "AuditEntry" e JOIN "Guarantee" g ON e."entityType" = 'Guarantee' AND e."entityId" = g.id::text AND e.action = 'guarantee.issue' WHERE g."applicationId" = a.id),
            (SELECT count(*) FROM "AuditEntry" e WHERE e."entityType" = 'Application' AND e."entityId" = a.id::text AND e.action = 'application.issue'),
            (SELECT count(*) FROM "EmailOutbox" o WHERE o."applicationId" = a.id AND o.kind = 'COMPLETION')
          ]::text[] AS counts
       FROM "Application" a WHERE a.id = ANY($1::uuid[])`,
    [ids],
  );
  expect(parts).toHaveLength(ids.length);
  for (const row of parts) {
    const counts = row.counts.map(Number);
    if (row.status === "ISSUED") expect(counts, row.id).toEqual([2, 2, 2, 2, 2, 1, 1]);
    else expect({ status: row.status, counts }, row.id).toEqual({ status: "ACCEPTED", counts: [0, 0, 0, 0, 0, 0, 0] });
  }
  const sent = await rows<{ status: string; applicationNumber: string | null }>(`SELECT status, "applicationNumber" FROM "Application" WHERE id = ANY($1::uuid[])`, [drafts]);
  expect(sent).toHaveLength(DRAFTS);
  for (const row of sent) expect(row.status === "SUBMITTED" ? Boolean(row.applicationNumber) : row.status === "DRAFT" && !row.applicationNumber).toBe(true);

  // `npm start` again, same port and configuration; one application is issued through it in the browser,
  // the rest by the same use case (quicker).
  portal = await startPortal(port, env);
  const left = new Set((await rows<{ id: string }>(`SELECT id FROM "Application" WHERE id = ANY($1::uuid[]) AND status <> 'ISSUED'`, [ids])).map((r) => r.id));
  const [first, ...rest] = applications.filter((a) => left.has(a.id));
  const again = await (await browser.newContext({ baseURL: portal.baseUrl })).newPage();
  again.on("dialog", (dialog) => void dialog.accept());
  await signIn(again, staff[0]!.email, staff[0]!.password);
  await again.goto(`/staff/applications/${first!.id}`);
  await again.getByRole("button", { name: "発行", exact: true }).click();
  await expect(again.getByRole("status")).toContainText(/保証契約番号/);
  await again.context().close();
  for (const application of rest) await issueGuaranteeFor(application, staff[0]);
  expect(await issuedCount()).toBe(ids.length);

  // 保証契約番号 of the branch: serials 0 … n−1, each once, the branch's next serial n.
  const serials = await rows<{ contractNumber: string; officeCode: string; nextSerial: number }>(
    `SELECT g."contractNumber", b."officeCode", b."nextSerial" FROM "Guarantee" g JOIN "Branch" b ON b.id = g."branchId" WHERE b.id = $1::uuid ORDER BY g."contractNumber"`,
    [branch.id],
  );
  expect(serials).toHaveLength(ids.length * 2);
  expect(serials.map((s) => s.contractNumber.slice(0, 11))).toEqual(serials.map((s, i) => `${s.officeCode}-${String(i).padStart(5, "0")}`));
  expect(serials[0]!.nextSerial).toBe(serials.length);

  // Every 発行完了 mail of these applications delivered by the worker, each exactly once in the mailbox.
  const mails = await rows<{ messageId: string }>(`SELECT "messageId" FROM "EmailOutbox" WHERE "applicationId" = ANY($1::uuid[]) AND kind = 'COMPLETION'`, [ids]);
  expect(mails).toHaveLength(ids.length);
  await expect
    .poll(async () => Number((await rows<{ n: string }>(`SELECT count(*)::text AS n FROM "EmailOutbox" WHERE "applicationId" = ANY($1::uuid[]) AND status = 'SENT'`, [ids]))[0]!.n), { timeout: 120_000 })
    .toBe(ids.length);
  const mailbox = path.join(E2E_DATA_DIR, "mailbox");
  const received = new Map<string, number>();
  for (const file of fs.readdirSync(mailbox)) {
    const header = /^Message-ID:\s*(<[^>]+>)/im.exec(fs.readFileSync(path.join(mailbox, file), "utf8"));
    if (header) received.set(header[1]!, (received.get(header[1]!) ?? 0) + 1);
  }
  for (const { messageId } of mails) expect(received.get(messageId), messageId).toBe(1);
});
