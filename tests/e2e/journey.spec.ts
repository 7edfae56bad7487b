// The whole journey of an e-guarantee, as three offices live it, each at their own desk (browser
// context): the contractor applies → the branch accepts and issues → the contractor gets the mail and
// downloads the key notice → the ordering body reads the key out of the PDF and verifies → the branch
// records a 増額 → the ordering body sees 変更 → the branch cancels → verification shows 取消.
import { execFileSync } from "node:child_process";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { confirmAndSend, fillFlyerApplication, openNewApplication } from "./support/application-form";
import { createContractorCompany, createStaffUser, SAKU_VERIFIER_EMAIL, type Account } from "./support/factories";
import { openMailboxMessage } from "./support/mailbox";
import { DEMO_PASSWORD, signIn } from "./support/sign-in";
import { keyFromNoticeText, verifyAs } from "./support/verify";

const PROJECT = `令和8年度 市道改良工事（journey ${Date.now()}）`;

async function desk(browser: Browser, account: Pick<Account, "email" | "password">): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  page.on("dialog", (dialog) => void dialog.accept()); // staff confirm 発行 and 取消
  await signIn(page, account.email, account.password);
  return page;
}

test("an e-guarantee from application to cancellation, seen by all three", async ({ browser }) => {
  test.setTimeout(180_000);
  // A company and a 長野支店 staff member of the test's own (support/factories.ts); 佐久市's demo user.
  const [company, staffMember] = await Promise.all([createContractorCompany(), createStaffUser("長野支店")]);
  const contractor = await desk(browser, company.user);
  const staff = await desk(browser, staffMember);
  const orderingBody = await desk(browser, { email: SAKU_VERIFIER_EMAIL, password: DEMO_PASSWORD });

  // 1. The company applies for 前払金保証 and 契約保証, both 電子保証, to 佐久市's work, via 長野支店.
  await openNewApplication(contractor);
  // 19,000,000円 of 50,000,000円: the 増額 of step 5 stays within 佐久市's 4/10.
  await fillFlyerApplication(contractor, { projectName: PROJECT, advanceAmount: "19,000,000" });
  const applicationNumber = await confirmAndSend(contractor);

  // 2. 長野支店 finds it, accepts it and issues both guarantees.
  await staff.goto(`/staff/applications?q=${encodeURIComponent(applicationNumber)}`);
  await staff.getByRole("row").filter({ hasText: PROJECT }).getByRole("link", { name: /詳細/ }).click();
  await staff.getByRole("button", { name: "受付", exact: true }).click();
  await expect(staff.getByRole("status")).toHaveText("申込を受付しました。");
  // A new company has no 一括納付: the branch records 入金確認 of each fee first (the form holds the fee).
  for (const fee of ["前払金保証料", "契約保証料"]) {
    const form = staff.getByRole("form", { name: `${fee}の入金確認` });
    await form.getByRole("button", { name: "入金確認を記録する" }).click();
    await expect(form.getByRole("status")).toHaveText("入金確認を記録しました。");
  }
  await staff.getByRole("button", { name: "発行", exact: true }).click();
  const issued = staff.getByRole("table", { name: "発行した保証" });
  await expect(issued.getByText("認証キー発行済み（お客様の画面でのみ表示）")).toHaveCount(2);
  const advanceNumber = (await issued.getByRole("row").filter({ hasText: "前払金保証" }).getByRole("link").innerText()).trim();

  // 3. The completion mail arrives (without the key); the contractor downloads the key notice.
  const mail = await openMailboxMessage(contractor, { to: "soumu@marumaru-kensetsu.example.jp", subject: "電子保証（認証キー）発行完了のお知らせ", containing: PROJECT });
  const mailText = await mail.locator(".mailbox__text").innerText();
  expect(mailText).toContain(advanceNumber);
  await contractor.goto(`/netdesk/guarantees?number=${advanceNumber}`);
  await contractor.getByRole("link", { name: `${advanceNumber} の電子保証概要` }).click();
  const [download] = await Promise.all([contractor.waitForEvent("download"), contractor.getByRole("link", { name: "印刷" }).click()]);
  expect(download.suggestedFilename()).toBe(`認証キーのお知らせ_${advanceNumber}.pdf`);
  const notice = keyFromNoticeText(execFileSync("pdftotext", ["-layout", (await download.path())!, "-"], { encoding: "utf8" }));
  expect(notice.contractNumber).toBe(advanceNumber);
  expect(mailText).not.toContain(notice.authKey);

  // 4. 佐久市 reads the key out of the PDF and verifies.
  let certificate = await verifyAs(orderingBody, notice.contractNumber, notice.authKey);
  await expect(certificate.getByText("状態: 有効")).toBeVisible();
  await expect(certificate.getByText("署名: 有効")).toBeVisible();
  await expect(certificate.getByRole("cell", { name: PROJECT })).toBeVisible();

  // 5. 長野支店 records a 増額; 佐久市 sees the 変更 with the key it already has.
  await issued.getByRole("link", { name: advanceNumber }).click();
  await staff.getByRole("radio", { name: "増額" }).check();
  await staff.getByLabel(/増額する金額/).fill("1,000,000");
  await staff.getByRole("button", { name: "変更する" }).click();
  await expect(staff.getByRole("status")).toContainText("変更しました");
  certificate = await verifyAs(orderingBody, notice.contractNumber, notice.authKey);
  await expect(certificate.getByRole("table").nth(1)).toContainText("変更（増額）");
  await expect(certificate.getByRole("cell", { name: "20,000,000円" })).toBeVisible();

  // 6. 長野支店 cancels the guarantee; verification shows 取消.
  await staff.locator("#cancel-guarantee-reason").fill("契約解除のため");
  await staff.getByRole("button", { name: "保証を取り消す" }).click();
  await expect(staff.getByText(/この保証は取り消されています/)).toBeVisible();
  certificate = await verifyAs(orderingBody, notice.contractNumber, notice.authKey);
  await expect(certificate.getByText("状態: 取消")).toBeVisible();
  await orderingBody.screenshot({ path: "test-results/journey-cancelled.png", fullPage: true });
});
