// kill -9 of a portal process while 16 staff press 発行 and contractors press 送信する through it, then
// `npm start` again: every application is issued completely (guarantees, sealed keys, signed versions,
// audit entries, the queued 発行完了 mail) or not at all, the branch's 保証契約番号 serials have no gap and
// no duplicate, and every queued mail reaches the mailbox exactly once. The killed process is a production
// instance on the e2e portal's database (as in two-instances.spec.ts) with MAIL_WORKER=0: the e2e portal's
// worker delivers the mail, so the kill tests what the crash leaves in PostgreSQL and the outbox.
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { findFreePort } from "@/lib/db/embedded-postgres";
import { issueGuarantees } from "@/lib/server/guarantees/issue-guarantees";
import { loadActor } from "@/lib/server/load-actor";
import { demoDataDirConnection, startPortal, type PortalProcess } from "../support/portal-process";
import { E2E_DATA_DIR } from "./support/e2e-env";
import {
  createAcceptedApplication,
  createContractorCompany,
  createDraftApplication,
  createStaffUser,
  payFeesFor,
  uniqueProjectName,
  type StaffUser,
} from "./support/factories";
import { signIn } from "./support/sign-in";

test.describe.configure({ mode: "serial" });

const STAFF = 16;
const PER_STAFF = 3;
const DRAFTS = 8;

let portal: PortalProcess | undefined;

test.afterAll(async () => {
  await portal?.stop();
});

type Row = Record<string, unknown>;
async function query<T extends Row>(databaseUrl: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/** Presses 発行 on each application in turn until the page's process is gone. */
async function issueEach(page: Page, ids: string[]): Promise<void> {
  for (const id of ids) {
    await page.goto(`/staff/applications/${id}`);
    const issue = page.getByRole("button", { name: "発行", exact: true });
    if (!(await issue.isVisible())) continue; // issued already (before the kill)
    await issue.click();
    await expect(page.getByRole("status")).toContainText(/保証契約番号/, { timeout: 60_000 });
  }
}

/** 申込確認へ and 送信する on each draft in turn. */
async function sendEach(page: Page, ids: string[]): Promise<void> {
  for (const id of ids) {
    await page.goto(`/netdesk/applications/${id}/edit`);
    await page.getByRole("button", { name: "申込確認へ" }).click();
    await page.getByRole("button", { name: "送信する" }).click();
    await expect(page.getByText(/申込番号/).first()).toBeVisible({ timeout: 60_000 });
  }
}

test("kill -9 mid-work, npm start again: all or nothing per application, no serial gap or duplicate, each mail once", async ({ browser }) => {
  test.setTimeout(1_200_000);
  const { databaseUrl, secrets } = demoDataDirConnection(E2E_DATA_DIR);
  const env = { ...secrets, DATABASE_URL: databaseUrl, DEMO: "0", MAIL_WORKER: "0", TRUST_PROXY: "0", SMTP_URL: "" };
  const port = await findFreePort();
  portal = await startPortal(port, env);

  // 48 applications taken in at 長野支店 with their fees received, 16 staff to issue them, 8 complete drafts to send.
  const company = await createContractorCompany();
  const ids: string[] = [];
  for (let i = 0; i < STAFF * PER_STAFF; i++) {
    const application = await createAcceptedApplication({ company, projectName: uniqueProjectName(`強制終了確認工事${i + 1}`) });
    await payFeesFor(application); // 入金確認: what 発行 needs for a company without 一括納付
    ids.push(application.id);
  }
  const staff: StaffUser[] = [];
  for (let i = 0; i < STAFF; i++) staff.push(await createStaffUser("長野支店"));
  const drafts: string[] = [];
  for (let i = 0; i < DRAFTS; i++) drafts.push((await createDraftApplication({ company, projectName: uniqueProjectName(`強制終了時送信工事${i + 1}`) })).id);

  const staffPages: Page[] = [];
  for (const member of staff) {
    const page = await (await browser.newContext({ baseURL: portal.baseUrl })).newPage();
    page.on("dialog", (dialog) => void dialog.accept());
    await signIn(page, member.email, member.password);
    staffPages.push(page);
  }
  const contractorPages: Page[] = [];
  for (let i = 0; i < 2; i++) {
    const page = await (await browser.newContext({ baseURL: portal.baseUrl })).newPage();
    await signIn(page, company.user.email, company.user.password);
    contractorPages.push(page);
  }

  // Everybody at once; the process is killed once a quarter of the applications are issued.
  const work = Promise.allSettled([
    ...staffPages.map((page, i) => issueEach(page, ids.slice(i * PER_STAFF, (i + 1) * PER_STAFF))),
    ...contractorPages.map((page, i) => sendEach(page, drafts.filter((_, j) => j % 2 === i))),
  ]);
  const issuedCount = async () =>
    Number((await query<{ n: string }>(databaseUrl, `SELECT count(*)::text AS n FROM "Application" WHERE id = ANY($1::uuid[]) AND status = 'ISSUED'`, [ids]))[0]!.n);
  const deadline = Date.now() + 300_000;
  while ((await issuedCount()) < ids.length / 4 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  await portal.kill();
  const outcomes = await work;
  expect(outcomes.some((o) => o.status === "rejected")).toBe(true); // the kill cut work short

  // `npm start` again, same port and configuration; then the rest is issued and sent through it.
  portal = await startPortal(port, env);
  const issuedAtKill = await issuedCount();
  expect(issuedAtKill).toBeGreaterThan(0);
  expect(issuedAtKill).toBeLessThan(ids.length);

  // All or nothing per application, as the crash left it.
  const parts = await query<{ id: string; status: string; guarantees: string; keys: string; versions: string; audits: string; mails: string }>(
    databaseUrl,
    `SELECT a.id, a.status,
            (SELECT count(*) FROM "Guarantee" g WHERE g."applicationId" = a.id)::text AS guarantees,
            (SELECT count(*) FROM "AuthKey" k JOIN "Guarantee" g ON g.id = k."guaranteeId" WHERE g."applicationId" = a.id)::text AS keys,
            (SELECT count(*) FROM "CertificateVersion" v JOIN "Guarantee" g ON g.id = v."guaranteeId" WHERE g."applicationId" = a.id)::text AS versions,
            (SELECT count(*) FROM "AuditEntry" e WHERE e."entityType" = 'Application' AND e."entityId" = a.id::text AND e.action = 'application.issue')::text AS audits,
            (SELECT count(*) FROM "EmailOutbox" o WHERE o."applicationId" = a.id AND o.kind = 'COMPLETION')::text AS mails
       FROM "Application" a WHERE a.id = ANY($1::uuid[])`,
    [ids],
  );
  for (const row of parts) {
    const counts = [row.guarantees, row.keys, row.versions, row.audits, row.mails].map(Number);
    if (row.status === "ISSUED") expect(counts, row.id).toEqual([2, 2, 2, 1, 1]);
    else expect({ status: row.status, counts }, row.id).toEqual({ status: "ACCEPTED", counts: [0, 0, 0, 0, 0] });
  }
  const sent = await query<{ status: string; applicationNumber: string | null }>(databaseUrl, `SELECT status, "applicationNumber" FROM "Application" WHERE id = ANY($1::uuid[])`, [drafts]);
  for (const row of sent) expect(row.status === "SUBMITTED" ? Boolean(row.applicationNumber) : row.status === "DRAFT" && !row.applicationNumber).toBe(true);

  // The rest through the restarted process.
  const page = staffPages[0]!;
  await page.context().close();
  const again = await (await browser.newContext({ baseURL: portal.baseUrl })).newPage();
  again.on("dialog", (dialog) => void dialog.accept());
  await signIn(again, staff[0]!.email, staff[0]!.password);
  // The restarted process issues through the browser; the rest through the same use case (quicker).
  const left = (await query<{ id: string }>(databaseUrl, `SELECT id FROM "Application" WHERE id = ANY($1::uuid[]) AND status <> 'ISSUED'`, [ids])).map((r) => r.id);
  await issueEach(again, left.slice(0, 1));
  const actor = await loadActor("SURETY_STAFF", { email: staff[0]!.email });
  for (const id of left.slice(1)) await issueGuarantees({ applicationId: id, actor });
  expect(await issuedCount()).toBe(ids.length);

  // 保証契約番号 at 長野支店: serials 0 … n−1, each once (the check letter and office code are fixed per branch).
  const serials = await query<{ serial: number; nextSerial: number }>(
    databaseUrl,
    `SELECT substring(g."contractNumber" from 7 for 5)::int AS serial, b."nextSerial" AS "nextSerial"
       FROM "Guarantee" g JOIN "Branch" b ON b.id = g."branchId" WHERE b.name = '長野支店' ORDER BY 1`,
  );
  expect(serials.map((s) => s.serial)).toEqual(Array.from({ length: serials.length }, (_, i) => i));
  expect(serials[0]!.nextSerial).toBe(serials.length);

  // Every 発行完了 mail of these applications delivered by the worker, each exactly once in the mailbox.
  const mails = await query<{ messageId: string }>(databaseUrl, `SELECT "messageId" FROM "EmailOutbox" WHERE "applicationId" = ANY($1::uuid[]) AND kind = 'COMPLETION'`, [ids]);
  expect(mails).toHaveLength(ids.length);
  await expect
    .poll(async () => Number((await query<{ n: string }>(databaseUrl, `SELECT count(*)::text AS n FROM "EmailOutbox" WHERE "applicationId" = ANY($1::uuid[]) AND status = 'SENT'`, [ids]))[0]!.n), { timeout: 120_000 })
    .toBe(ids.length);
  const mailbox = path.join(E2E_DATA_DIR, "mailbox");
  const received = new Map<string, number>();
  for (const file of fs.readdirSync(mailbox)) {
    const header = /^Message-ID:\s*(<[^>]+>)/im.exec(fs.readFileSync(path.join(mailbox, file), "utf8"));
    if (header) received.set(header[1]!, (received.get(header[1]!) ?? 0) + 1);
  }
  for (const { messageId } of mails) expect(received.get(messageId), messageId).toBe(1);
});
