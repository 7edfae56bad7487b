// axe-core on every page of the three roles (and the public ones): no serious or critical WCAG 2.1 AA
// violation. Detail pages are those of records each test creates for itself (support/factories.ts): a
// company's sent application and issued e-guarantee at 長野支店, and the demo's 長野支店 and 佐久市.
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousViolations } from "./support/axe";
import {
  branchNamed,
  createContractorCompany,
  createIssuedGuarantees,
  createIssuedReservation,
  createStaffUser,
  createSubmittedApplication,
  fileUsagePlan,
  orderingBodyNamed,
  publishedRateTable,
  saveInvoiceFor,
  uploadGuaranteeDocument,
  qaEntryId,
  SAKU_VERIFIER_EMAIL,
  BANK_USER_EMAIL,
  requestPayout,
} from "./support/factories";
import { signIn } from "./support/sign-in";

// /dev/mailbox shows each mail's HTML part as sent, in an <iframe sandbox=""> where no script runs: axe
// cannot enter those frames and waits for them forever, so it checks the mailbox page around them.
const MAIL_HTML_FRAMES = ["iframe.mailbox__html"];

// axe takes seconds a page on a busy 2-core machine, and a test checks up to nine pages.
test.describe.configure({ timeout: 120_000 });

async function checkAll(page: Page, paths: string[]) {
  for (const path of paths) {
    await page.goto(path);
    await expectNoSeriousViolations(page, path, path === "/dev/mailbox" ? { exclude: MAIL_HTML_FRAMES } : {});
  }
}

test("public pages, the 404 page and the demo mailbox", async ({ page }) => {
  await checkAll(page, ["/login", "/verify", "/help/signature", "/help/branches", "/qa", "/qa?q=%E5%8D%B0%E9%91%91", "/api-docs", "/ordering-bodies", "/password/forgot", "/password/reset", "/account/setup", "/no-such-page", "/dev/mailbox"]);
});

test("contractor pages, the certificate window and the 403 page", async ({ page }) => {
  const company = await createContractorCompany();
  const application = await createSubmittedApplication({ company });
  const { advance } = await createIssuedGuarantees({ company });
  await signIn(page, company.user.email, company.user.password);
  await checkAll(page, ["/netdesk", "/netdesk/applications", "/netdesk/applications/new", "/netdesk/guarantees", "/netdesk/profile", "/account/password", "/netdesk/fees", "/netdesk/fee-statements"]);
  await checkAll(page, ["/netdesk", "/netdesk/applications", "/netdesk/applications/new", "/netdesk/guarantees", "/netdesk/profile", "/account/password"]);
  await checkAll(page, ["/netdesk/reminders", "/netdesk/qa", "/netdesk/help/top", "/netdesk/help/applications", "/netdesk/help/guarantees", "/netdesk/guarantees/history"]);

  await checkAll(page, [`/netdesk/applications/${application.id}`]);
  await checkAll(page, [`/netdesk/guarantees/${advance.id}`]);
  await checkAll(page, [`/netdesk/guarantees/${advance.id}/certificates/1`]);
  await checkAll(page, [`/netdesk/guarantees/${advance.id}/intermediate`]);

  const forbidden = await page.goto("/staff");
  expect(forbidden?.status()).toBe(403);
  await expectNoSeriousViolations(page, "403");
});

test("契約保証予約 pages: the form, the tab, a reservation's 電子保証概要 and /verify showing it", async ({ page }) => {
  const company = await createContractorCompany();
  const reservation = await createIssuedReservation({ company });
  await signIn(page, company.user.email, company.user.password);
  await checkAll(page, ["/netdesk/reservations/new", "/netdesk/reservations", `/netdesk/guarantees/${reservation.id}`]);
  await page.goto("/verify");
  await page.getByLabel("保証契約番号").fill(reservation.contractNumber);
  await page.getByLabel("認証キー").fill(reservation.authKey);
  await page.getByRole("button", { name: "照会する" }).click();
  await expect(page.getByRole("heading", { name: /^契約保証予約証書/ })).toBeVisible();
  await expectNoSeriousViolations(page, "/verify with a reservation");
});

// 前払金使途内訳明細書, 書類送信, 前払金請求書 (issue 17): the lists, the form, a plan waiting for the branch,
// and the staff's inbox, review page and document list.
test("pages after the guarantee, for the contractor and the branch", async ({ page, browser }) => {
  const company = await createContractorCompany();
  const issued = await createIssuedGuarantees({ company });
  const fresh = await createIssuedGuarantees({ company, projectName: "市道1-23号線 舗装補修工事" });
  const [{ planId }] = await Promise.all([fileUsagePlan(issued, { approve: false }), uploadGuaranteeDocument(company, issued.advance.id), saveInvoiceFor(company, issued.advance.id)]);
  await signIn(page, company.user.email, company.user.password);
  await checkAll(page, ["/netdesk/usage-plans", `/netdesk/usage-plans/${planId}`, `/netdesk/usage-plans/guarantee/${fresh.advance.id}`, "/netdesk/documents", "/netdesk/invoices", `/netdesk/invoices/${issued.advance.id}`]);
  const staff = await createStaffUser("長野支店");
  const desk = await (await browser.newContext()).newPage();
  await signIn(desk, staff.email, staff.password);
  await checkAll(desk, ["/staff/usage-plans", `/staff/usage-plans/${planId}`, "/staff/documents"]);
});

// 預託金払出依頼書 and 前払金払出予定 (issue 18), for the contractor, the bank (〇〇銀行 ××支店) and the branch.
test("pages of the 預託金払出依頼書, for the contractor, the bank and the branch", async ({ page, browser }) => {
  const company = await createContractorCompany();
  const issued = await createIssuedGuarantees({ company });
  const { planId } = await fileUsagePlan(issued);
  const requestId = await requestPayout(company, planId);
  await signIn(page, company.user.email, company.user.password);
  await checkAll(page, ["/netdesk/payout-requests", `/netdesk/payout-requests/new/${planId}`, `/netdesk/payout-requests/${requestId}`, `/netdesk/payout-schedule?planId=${planId}`]);
  const bank = await (await browser.newContext()).newPage();
  await signIn(bank, BANK_USER_EMAIL);
  await checkAll(bank, ["/bank", `/bank/requests/${requestId}`]);
  const staff = await createStaffUser("長野支店");
  const desk = await (await browser.newContext()).newPage();
  await signIn(desk, staff.email, staff.password);
  await checkAll(desk, ["/staff/payouts", `/staff/payouts/${requestId}`]);
});

test("the verification page showing a certificate", async ({ page }) => {
  const { advance } = await createIssuedGuarantees({ company: await createContractorCompany() });
  await page.goto("/verify");
  await page.getByLabel("保証契約番号").fill(advance.contractNumber);
  await page.getByLabel("認証キー").fill(advance.authKey);
  await page.getByRole("button", { name: "照会する" }).click();
  await expect(page.getByRole("heading", { name: /^電子証書/ })).toBeVisible();
  await expectNoSeriousViolations(page, "/verify with a certificate");
});

// The staff area in two tests (lists, then one detail page per list), so they can run side by side.
test("staff pages", async ({ page }) => {
  const staff = await createStaffUser("長野支店");
  await signIn(page, staff.email, staff.password);
  const lists = ["/staff", "/staff/applications", "/staff/guarantees", "/staff/audit", "/staff/contractors", "/staff/fees", "/staff/mails"];
  await checkAll(page, lists);
});

test("staff detail pages", async ({ page }) => {
  const company = await createContractorCompany();
  const application = await createSubmittedApplication({ company });
  const { advance } = await createIssuedGuarantees({ company });
  const staff = await createStaffUser("長野支店");
  await signIn(page, staff.email, staff.password);
  // One detail page per list.
  await checkAll(page, [`/staff/applications/${application.id}`, `/staff/guarantees/${advance.id}`]);
});

test("administrator pages", async ({ page }) => {
  await signIn(page, "admin@example.jp");
  const [branch, orderingBody] = await Promise.all([branchNamed("長野支店"), orderingBodyNamed("佐久市")]);
  await checkAll(page, ["/admin", "/admin/ordering-bodies", "/admin/ordering-bodies/new", "/admin/branches", "/admin/branches/new", "/admin/administrators", "/admin/fee-rate-tables", "/admin/fee-rate-tables/new", "/admin/qa", "/admin/qa/new", "/admin/bank-branches"]);
  const published = await publishedRateTable();
  await checkAll(page, [`/admin/fee-rate-tables/${published.id}`]);
  await checkAll(page, [`/admin/ordering-bodies/${orderingBody.id}`, `/admin/branches/${branch.id}`, `/admin/qa/${await qaEntryId("押印は必要ですか")}`]);
});

test("ordering body pages", async ({ page }) => {
  await signIn(page, SAKU_VERIFIER_EMAIL);
  await checkAll(page, ["/ordering-body", "/ordering-body/guarantees"]);
});
