import { expect, test, type Page } from "@playwright/test";
import { createContractorCompany, createIssuedGuarantees, createIssuedReservation, createStaffUser } from "./support/factories";
import { signIn } from "./support/sign-in";

// 中間前払金保証 and 契約保証予約（入札ボンド）in Chromium: the contractor applies for each, 長野支店 staff issue it
// through the same 申込の詳細, and an ordering body verifies each on /verify. Each test makes its own company.

async function issueAsStaff(page: Page, applicationId: string) {
  const staff = await createStaffUser("長野支店");
  await signIn(page, staff.email, staff.password);
  await page.goto(`/staff/applications/${applicationId}`);
  const processing = page.getByRole("region", { name: "処理" });
  await page.getByRole("button", { name: "受付", exact: true }).click();
  await expect(processing.getByRole("status")).toHaveText("申込を受付しました。");
  // A new company has no 一括納付: the 中間前払金保証料 / 予約手数料 is received first (the form holds the fee).
  const feeForms = page.getByRole("form", { name: /の入金確認$/ });
  await expect(feeForms).toHaveCount(1);
  await feeForms.getByRole("button", { name: "入金確認を記録する" }).click();
  await expect(feeForms.getByRole("status")).toHaveText("入金確認を記録しました。");
  await page.getByRole("button", { name: "発行", exact: true }).click();
  await expect(processing.getByRole("status")).toContainText(/発行しました（保証契約番号 37071-\d{5}[A-Z]/);
  const text = (await processing.getByRole("status").textContent()) ?? "";
  return /37071-\d{5}[A-Z]/.exec(text)![0];
}

async function verify(page: Page, number: string, key: string) {
  await page.goto("/verify");
  await page.getByLabel("保証契約番号").fill(number);
  await page.getByLabel("認証キー").fill(key);
  await page.getByRole("button", { name: "照会する" }).click();
}

test("中間前払金保証: applied for from the 前払金保証, refused over the body's 2/10, issued, verified with its 前払金保証 named", async ({ browser }) => {
  const company = await createContractorCompany();
  const { advance } = await createIssuedGuarantees({ company });
  const contractor = await browser.newPage();
  contractor.on("dialog", (dialog) => void dialog.accept());
  await signIn(contractor, company.user.email, company.user.password);
  await contractor.goto(`/netdesk/guarantees/${advance.id}`);
  await contractor.getByRole("link", { name: "中間前払金保証を申し込む" }).click();
  await expect(contractor.getByRole("heading", { name: "中間前払金保証の申込", exact: true })).toBeVisible();
  // Shown before typing: half the 工期 (2022/11/01〜2023/03/31) and the maximum.
  await expect(contractor.getByRole("row", { name: /工期の2分の1を経過する日/ })).toContainText("令和5年1月15日"); // 2022/11/01〜2023/03/31: 151 days
  await expect(contractor.getByRole("row", { name: /申し込める中間前払金額の上限/ })).toContainText("10,000,000円");

  await contractor.getByLabel("中間前払金額").fill("10,000,001");
  await contractor.getByLabel("認定日").fill("20230120");
  await contractor.getByLabel("認定調書の番号").fill("認定第123号");
  await contractor.getByRole("button", { name: "申込を送信する" }).click();
  await expect(contractor.getByText("中間前払金額は請負金額の2/10（10,000,000円）以下としてください（100,000円未満切捨て）。")).toBeVisible();
  await contractor.screenshot({ path: "test-results/intermediate-form.png", fullPage: true });
  await contractor.getByLabel("中間前払金額").fill("10,000,000");
  await contractor.getByRole("button", { name: "申込を送信する" }).click();
  await expect(contractor.getByRole("heading", { name: "送信完了" })).toBeVisible();
  const applicationId = /applications\/([0-9a-f-]{36})\/sent/.exec(contractor.url())![1]!;

  const staff = await browser.newPage();
  staff.on("dialog", (dialog) => void dialog.accept());
  const number = await issueAsStaff(staff, applicationId);
  await expect(staff.getByRole("table", { name: "発行した保証" })).toContainText("中間前払金保証");

  await contractor.goto("/netdesk/guarantees");
  const row = contractor.getByRole("row").filter({ hasText: number });
  await expect(row).toContainText("中間");
  await expect(row).toContainText(advance.contractNumber);
  await row.getByRole("link").first().click();
  const key = (await contractor.getByTestId("auth-key").textContent())!.trim();

  const body = await browser.newPage();
  await verify(body, number, key);
  await expect(body.getByRole("heading", { name: `電子証書（${number}）` })).toBeVisible();
  await expect(body.getByRole("row", { name: /前払金保証の保証契約番号/ })).toContainText(advance.contractNumber);
  await expect(body.getByText("署名: 有効")).toBeVisible();
  await body.screenshot({ path: "test-results/intermediate-verified.png", fullPage: true });
});

test("契約保証予約: applied for with the required amount shown live, issued as a 予約証書, verified, converted once", async ({ browser }) => {
  const company = await createContractorCompany();
  const contractor = await browser.newPage();
  contractor.on("dialog", (dialog) => void dialog.accept());
  await signIn(contractor, company.user.email, company.user.password);
  await contractor.goto("/netdesk");
  await contractor.getByRole("link", { name: "契約保証予約申込（入札ボンド）" }).click();
  await contractor.getByLabel("発注者名").selectOption({ label: "佐久市" });
  await contractor.getByLabel("工事名").fill("令和8年度 e2e 市道改良工事");
  await contractor.getByLabel("工事場所").fill("長野県 佐久市 ○○地内");
  await contractor.getByLabel("入札公告番号（案件番号）").fill("佐久市公告第300号");
  const bid = new Date(Date.now() + 20 * 86_400_000 + 9 * 3_600_000).toISOString().slice(0, 10).replace(/-/g, "");
  await contractor.getByLabel("入札日（開札日）").fill(bid);
  await contractor.getByLabel("入札予定金額（予定価格）").fill("50,000,000");
  await expect(contractor.getByTestId("required-bond")).toContainText("入札予定金額の5/100以上（2,500,000円以上）");
  await contractor.getByLabel("契約保証金額").fill("2,000,000");
  await contractor.getByLabel("申込送信先").selectOption({ label: "長野支店" });
  await contractor.getByRole("button", { name: "申込確認へ" }).click();
  await expect(contractor.getByText("契約保証金額は入札予定金額の5/100（2,500,000円）以上としてください。")).toBeVisible();
  await contractor.getByLabel("契約保証金額").fill("2,500,000");
  await contractor.getByRole("button", { name: "申込確認へ" }).click();
  await expect(contractor.getByRole("heading", { name: "申込確認" })).toBeVisible();
  await contractor.screenshot({ path: "test-results/reservation-confirm.png", fullPage: true });
  await contractor.getByRole("button", { name: "送信する" }).click();
  await expect(contractor.getByRole("heading", { name: "送信完了" })).toBeVisible();
  const applicationId = /applications\/([0-9a-f-]{36})\/sent/.exec(contractor.url())![1]!;

  const staff = await browser.newPage();
  staff.on("dialog", (dialog) => void dialog.accept());
  const number = await issueAsStaff(staff, applicationId);

  await contractor.goto("/netdesk/reservations");
  const row = contractor.getByRole("row").filter({ hasText: number });
  await expect(row).toContainText("有効");
  await expect(row).toContainText("佐久市");
  await contractor.screenshot({ path: "test-results/reservation-tab.png", fullPage: true });
  await row.getByRole("link", { name: number, exact: true }).click();
  const key = (await contractor.getByTestId("auth-key").textContent())!.trim();

  const body = await browser.newPage();
  await verify(body, number, key);
  await expect(body.getByRole("heading", { name: `契約保証予約証書（${number}）` })).toBeVisible();
  await expect(body.getByText("状態: 有効")).toBeVisible();
  await expect(body.getByRole("row", { name: /入札予定金額/ })).toContainText("50,000,000円");
  await expect(body.getByText("署名: 有効")).toBeVisible();
  await body.screenshot({ path: "test-results/reservation-verified.png", fullPage: true });

  // After winning: the 保証申込 prefilled from the reservation; the reservation is then 移行済.
  await contractor.getByRole("button", { name: "この予約から契約保証を申し込む" }).click();
  await expect(contractor.getByText(/契約保証予約（予約番号 .+）からの申込です/)).toBeVisible();
  await expect(contractor.getByLabel("工事名")).toHaveValue("令和8年度 e2e 市道改良工事");
  await contractor.goto("/netdesk/reservations");
  await expect(contractor.getByRole("row").filter({ hasText: number })).toContainText("契約保証へ移行済");
});

test("a reservation converts once from two tabs", async ({ browser }) => {
  const company = await createContractorCompany();
  const reservation = await createIssuedReservation({ company });
  const context = await browser.newContext();
  const [first, second] = [await context.newPage(), await context.newPage()];
  await signIn(first, company.user.email, company.user.password);
  for (const tab of [first, second]) await tab.goto(`/netdesk/guarantees/${reservation.id}`);
  await Promise.all([first, second].map((tab) => tab.getByRole("button", { name: "この予約から契約保証を申し込む" }).click()));
  await Promise.all([first, second].map((tab) => tab.waitForURL(/\/netdesk\/applications\/[0-9a-f-]{36}\/edit$/)));
  expect(first.url()).toBe(second.url());
  await first.goto("/netdesk/applications");
  await expect(first.getByRole("row").filter({ hasText: reservation.projectName })).toHaveCount(1);
});
