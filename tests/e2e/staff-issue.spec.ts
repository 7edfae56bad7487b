import { expect, test } from "@playwright/test";
import { createContractorCompany, createStaffUser, createSubmittedApplication, issueGuaranteeFor, payFeesFor, uniqueProjectName, uniqueTag } from "./support/factories";
import { openMailboxMessage } from "./support/mailbox";
import { signIn } from "./support/sign-in";

// Staff work on a contractor's application at 長野支店 (the flyer's: 令和○年度 県単河川維持工事). Each test
// creates its own company, application and, where it needs one, guarantee (support/factories.ts), with
// a 工事名 of its own, so the tests run in any order and beside every other spec.
const FLYER_PROJECT = "令和○年度 県単河川維持工事";

test("長野支店 staff find the contractor's application, accept it, issue it, and see the numbers", async ({ page }) => {
  const company = await createContractorCompany();
  const application = await createSubmittedApplication({ company, projectName: uniqueProjectName(FLYER_PROJECT) });
  const { projectName } = application;
  // 入金確認 of both fees (the company has no 一括納付), so 発行 finds them settled: tests/e2e/fees.spec.ts covers the refusal.
  await payFeesFor(application);
  const staff = await createStaffUser("長野支店");
  page.on("dialog", (dialog) => void dialog.accept());
  await signIn(page, staff.email, staff.password);
  await page.getByRole("link", { name: "申込一覧（受付・審査・発行）" }).click();
  await expect(page.getByRole("heading", { name: "申込一覧（受付・審査・発行）" })).toBeVisible();

  await page.getByLabel("請負者・工事名・申込番号").fill(company.companyName);
  await page.getByRole("button", { name: "検索" }).click();
  const row = page.getByRole("row").filter({ hasText: projectName });
  await expect(row).toContainText("送信済");
  await expect(row).toContainText("50,000,000円");
  await page.screenshot({ path: "test-results/staff-inbox.png", fullPage: true });
  await row.getByRole("link", { name: /詳細/ }).click();

  await expect(page.getByRole("heading", { name: /申込の詳細/ })).toBeVisible();
  // exact: the audit history below also names the bank, inside its 「項目: 値」 cell (the application was really sent).
  await expect(page.getByRole("cell", { name: "〇〇銀行 ××支店", exact: true })).toBeVisible();
  await expect(page.getByText("20,000,000円（請負金額の40.0%）")).toBeVisible();
  await page.getByRole("button", { name: "受付", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("申込を受付しました。");
  await expect(page.getByRole("heading", { name: /申込の詳細/ })).toContainText("受付");

  await page.getByRole("button", { name: "発行", exact: true }).click();
  // 長野支店's office code; the serial depends on what the demo data issued before.
  await expect(page.getByRole("status")).toContainText(/発行しました（保証契約番号 37071-\d{5}[A-Z]/);
  const contractNumber = /37071-\d{5}[A-Z]/.exec((await page.getByRole("status").textContent()) ?? "")![0];
  const issued = page.getByRole("table", { name: "発行した保証" });
  await expect(issued).toContainText(contractNumber);
  await expect(issued.getByRole("row")).toHaveCount(3); // header + 前払金保証 + 契約保証
  await expect(issued.getByText("認証キー発行済み（お客様の画面でのみ表示）")).toHaveCount(2);
  await expect(page.getByRole("heading", { name: /申込の詳細/ })).toContainText("発行済");
  await page.screenshot({ path: "test-results/staff-issued.png", fullPage: true });

  // The guarantee page: the certificate in force, and an amendment refused in Japanese next to its field.
  await issued.getByRole("link", { name: contractNumber }).click();
  await expect(page.getByRole("heading", { name: `前払金保証 ${contractNumber}` })).toBeVisible();
  await expect(page.getByRole("cell", { name: /^発行済み（/ })).toBeVisible();
  await page.getByRole("radio", { name: "減額" }).check();
  await page.getByLabel(/減額する金額/).fill("30,000,000");
  await page.getByRole("button", { name: "変更する" }).click();
  await expect(page.getByText(/減額後の保証金額が0円以下になります/)).toBeVisible();
  // The flyer's 前払金保証 is exactly 4/10 of 請負金額: a 増額 is refused by the ordering body's limit.
  await page.getByRole("radio", { name: "増額" }).check();
  await page.getByLabel(/増額する金額/).fill("1,000,000");
  await page.getByRole("button", { name: "変更する" }).click();
  await expect(page.getByText("増額後の保証金額（21,000,000円）は請負金額の4/10（20,000,000円）以内でなければなりません。")).toBeVisible();
  await page.getByRole("radio", { name: "減額" }).check();
  await page.getByLabel(/減額する金額/).fill("1,000,000");
  await page.getByRole("button", { name: "変更する" }).click();
  await expect(page.getByRole("status")).toContainText("変更しました");
  await expect(page.getByRole("table", { name: "電子保証の版" }).getByRole("row")).toHaveCount(3);
  await expect(page.getByLabel(/^保証金額（円）/)).toHaveValue("19000000"); // the 訂正 form shows the version in force
  await page.screenshot({ path: "test-results/staff-guarantee.png", fullPage: true });

  await page.goto("/staff/audit");
  await expect(page.getByRole("table", { name: "監査ログ" })).toContainText("発行");
  await page.screenshot({ path: "test-results/staff-audit.png", fullPage: true });
});

test("静岡支店 staff cannot see 長野支店's application: not in the list, 404 by URL", async ({ page }) => {
  const company = await createContractorCompany();
  const { application } = await issueGuaranteeFor(await createSubmittedApplication({ company, projectName: uniqueProjectName(FLYER_PROJECT), branch: "長野支店" }));
  const applicationPath = `/staff/applications/${application.id}`;
  const staff = await createStaffUser("静岡支店");
  await signIn(page, staff.email, staff.password);
  await page.goto("/staff/applications");
  await expect(page.getByRole("heading", { name: "申込一覧（受付・審査・発行）" })).toBeVisible();
  await expect(page.getByText(application.projectName)).toHaveCount(0);
  const response = await page.goto(applicationPath);
  expect(response?.status()).toBe(404);
  await expect(page.getByText(application.projectName)).toHaveCount(0);
  await page.screenshot({ path: "test-results/staff-other-branch-404.png" });
});

test("the contractor sees the application as 発行済 in their own list", async ({ page }) => {
  const company = await createContractorCompany();
  const { application } = await issueGuaranteeFor(await createSubmittedApplication({ company, projectName: uniqueProjectName(FLYER_PROJECT) }));
  await signIn(page, company.user.email, company.user.password);
  await page.goto("/netdesk/applications");
  const row = page.getByRole("row").filter({ hasText: application.applicationNumber });
  await expect(row).toContainText(application.projectName);
  await expect(row).toContainText("発行済");
});

test("the completion mail reaches the application's address, with the number and no key", async ({ page }) => {
  const company = await createContractorCompany();
  const notificationEmail = `soumu-${uniqueTag()}@marumaru-kensetsu.example.jp`;
  const issued = await issueGuaranteeFor(await createSubmittedApplication({ company, projectName: uniqueProjectName(FLYER_PROJECT), notificationEmail }));
  const { contractNumber } = issued.advance;
  const message = await openMailboxMessage(page, { to: notificationEmail, subject: "電子保証（認証キー）発行完了のお知らせ" });
  const text = await message.locator(".mailbox__text").innerText();
  expect(text).toContain(contractNumber);
  expect(text).toContain(issued.application.projectName);
  expect(text).toMatch(/\/netdesk\/guarantees\/[0-9a-f-]{36}/);
  // The key is shown only after sign-in: read it there and make sure the mail does not carry it.
  await signIn(page, company.user.email, company.user.password);
  await page.goto(`/netdesk/guarantees?number=${contractNumber}`);
  await page.getByRole("link", { name: `${contractNumber} の電子保証概要` }).click();
  const key = (await page.getByTestId("auth-key").innerText()).trim();
  expect(key).toMatch(/^[A-Za-z0-9]{12}$/);
  expect(text).not.toContain(key);
});

test("the contractor sends the key notice to the ordering body; it arrives with the PDF and shows as sent", async ({ page }) => {
  const company = await createContractorCompany();
  const issued = await issueGuaranteeFor(await createSubmittedApplication({ company, projectName: uniqueProjectName(FLYER_PROJECT) }));
  const { contractNumber } = issued.advance;
  await signIn(page, company.user.email, company.user.password);
  await page.goto(`/netdesk/guarantees?number=${contractNumber}`);
  await page.getByRole("link", { name: `${contractNumber} の電子保証概要` }).click();
  await expect(page.getByLabel("送信先メールアドレス")).toHaveValue("kensetsu@pref-nagano.example.jp");
  const subject = `前払金保証にかかる認証キー【${issued.application.projectName}】の提出について`;
  await expect(page.getByText(subject).first()).toBeVisible();
  await page.getByRole("button", { name: "認証キーのお知らせを発注者へ送信する" }).click();
  await expect(page.getByRole("status").filter({ hasText: "送信を受け付けました" })).toBeVisible();
  await page.screenshot({ path: "test-results/key-submission.png", fullPage: true });

  const message = await openMailboxMessage(page, { to: "kensetsu@pref-nagano.example.jp", subject });
  await expect(message.getByRole("link", { name: `認証キーのお知らせ_${contractNumber}.pdf` })).toBeVisible();
  await page.screenshot({ path: "test-results/mailbox-key-submission.png", fullPage: true });

  await page.goto("/netdesk/guarantees");
  await page.goto(`/netdesk/guarantees?number=${contractNumber}`);
  await page.getByRole("link", { name: `${contractNumber} の電子保証概要` }).click();
  await expect(page.getByRole("table", { name: "発注者への提出の送信状況" })).toContainText("送信済み");
});
