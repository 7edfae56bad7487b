// 保証料 as its users see it in Chromium: a contractor's 保証料計算 (breakdown, Japanese errors beside the
// fields), staff refused 発行 until 入金確認 and then recording it on the application, the contractor's
// 保証料計算書一覧 with the statement's PDF, and an administrator's draft table with its live preview.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { createAcceptedApplication, createContractorCompany, createStaffUser, uniqueProjectName } from "./support/factories";
import { DEMO_PASSWORD, signIn } from "./support/sign-in";

test("a contractor computes a fee on 保証料計算: breakdown per bracket, errors in Japanese beside the fields", async ({ page }) => {
  const company = await createContractorCompany();
  await signIn(page, company.user.email, company.user.password);
  await page.getByRole("link", { name: "保証料計算", exact: true }).click();
  await expect(page.getByRole("heading", { name: "保証料計算", level: 1 })).toBeVisible();

  await page.getByLabel(/請負金額/).fill("1,000");
  await page.getByLabel(/保証金額/).fill("２，０００");
  await page.getByLabel(/保証期間（開始日）/).fill("2026-11-01");
  await page.getByLabel(/保証期間（終了日）/).fill("2026-11-01");
  await page.getByRole("button", { name: "計算する" }).click();
  await expect(page.getByText("保証金額は請負金額以下で入力してください。")).toBeVisible();
  await expect(page.getByText("保証期間の終了日は開始日より後の日付を入力してください。")).toBeVisible();

  await page.getByLabel(/請負金額/).fill("50,000,000");
  await page.getByLabel(/保証金額/).fill("20,000,000");
  await page.getByLabel(/保証期間（終了日）/).fill("2027-10-31"); // 365 days
  await page.getByRole("button", { name: "計算する" }).click();
  const result = page.getByTestId("fee-quote");
  // The demo table: 10,000,000円 × 0.45% + 10,000,000円 × 0.35% = 80,000円 a year, 365/365.
  await expect(result.getByRole("heading")).toHaveText("計算結果：前払金保証料 80,000円");
  await expect(result).toContainText("10,000,000円 × 0.45% = 45,000円");
  await expect(result).toContainText("10,000,000円 × 0.35% = 35,000円");
  await expect(result).toContainText("365日 ÷ 365");
  await expect(result).toContainText("デモ用の料率（実際の料率ではありません）");
  await page.screenshot({ path: "test-results/fee-quote.png", fullPage: true });
});

test("staff cannot issue before 入金確認, record it on the application, issue; the contractor downloads the 保証料計算書", async ({ page, browser }) => {
  test.setTimeout(150_000); // two desks and a dozen steps on a busy 2-core machine
  const company = await createContractorCompany();
  const application = await createAcceptedApplication({ company, projectName: uniqueProjectName("令和8年度 保証料確認工事") });
  const staff = await createStaffUser("長野支店");
  page.on("dialog", (dialog) => void dialog.accept());
  await signIn(page, staff.email, staff.password);
  await page.goto(`/staff/applications/${application.id}`);

  const fees = page.getByTestId("fee-section");
  await expect(fees).toContainText(/前払金保証料：[\d,]+円（概算）/);
  await expect(fees).toContainText("入金確認が済んでいません。発行の前に入金確認を記録してください。");
  await page.getByRole("button", { name: "発行", exact: true }).click();
  await expect(page.getByRole("region", { name: "処理" }).getByRole("alert")).toContainText(/前払金保証料（[\d,]+円）の入金確認が済んでいません。/);

  const advanceForm = page.getByRole("form", { name: "前払金保証料の入金確認" });
  await advanceForm.getByLabel(/入金額/).fill("1");
  await advanceForm.getByRole("button", { name: "入金確認を記録する" }).click();
  await expect(advanceForm.getByText(/入金額（1円）が保証料（[\d,]+円）と一致しません。/)).toBeVisible();
  const fee = (await fees.getByRole("heading", { name: /^前払金保証料：/ }).innerText()).match(/([\d,]+)円/)![1]!;
  await advanceForm.getByLabel(/入金額/).fill(fee);
  await advanceForm.getByRole("radio", { name: "小切手" }).check();
  await advanceForm.getByRole("button", { name: "入金確認を記録する" }).click();
  await expect(advanceForm.getByRole("status")).toHaveText("入金確認を記録しました。");
  const contractForm = page.getByRole("form", { name: "契約保証料の入金確認" });
  await contractForm.getByRole("button", { name: "入金確認を記録する" }).click();
  await expect(contractForm.getByRole("status")).toHaveText("入金確認を記録しました。");
  await expect(fees).toContainText("入金確認済みのため発行できます。");
  await page.screenshot({ path: "test-results/fee-staff-settled.png", fullPage: true });
  await page.getByRole("button", { name: "発行", exact: true }).click();
  await expect(page.getByRole("table", { name: "発行した保証" }).getByRole("row")).toHaveCount(3);
  await expect(fees).toContainText(`前払金保証料：${fee}円（発行時に確定）`);

  // The contractor's 保証料計算書一覧: both statements, the PDF of the 前払金保証's one.
  const contractor = await (await browser.newContext()).newPage();
  await signIn(contractor, company.user.email, company.user.password);
  await contractor.getByRole("link", { name: "保証料計算書一覧" }).click();
  const rows = contractor.getByRole("table", { name: "保証料計算書の一覧" }).getByRole("row");
  await expect(rows).toHaveCount(3);
  const advanceRow = rows.filter({ hasText: "前払" });
  await expect(advanceRow).toContainText(`${fee}円`);
  await expect(advanceRow).toContainText("小切手");
  await contractor.screenshot({ path: "test-results/fee-statements.png", fullPage: true });
  const download = contractor.waitForEvent("download");
  await advanceRow.getByRole("link", { name: /保証料計算書（PDF）/ }).click();
  const file = path.join(test.info().outputDir, "fee-statement.pdf");
  await (await download).saveAs(file);
  expect(fs.statSync(file).size).toBeLessThan(200 * 1024);
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  expect(text).toContain("保証料計算書");
  expect(text).toContain(`${company.companyName}`);
  expect(text).toContain(`${fee}円`);
  expect(text).toMatch(/小切手（令和\d+年\d+月\d+日 入金）/);

  const csv = await contractor.request.get("/netdesk/fee-statements/download");
  const body = await csv.text();
  expect(body.startsWith("\uFEFF計算書番号,計算書,事由,保証契約番号")).toBe(true);
  expect(body.split("\r\n").filter(Boolean)).toHaveLength(3);
});

test("an administrator drafts a rate table, sees the live preview change, saves and publishes it", async ({ page }) => {
  page.on("dialog", (dialog) => void dialog.accept());
  await signIn(page, "admin@example.jp", DEMO_PASSWORD);
  await page.getByRole("link", { name: "保証料の料率表" }).click();
  await expect(page.getByRole("table", { name: "料率表の一覧" })).toContainText("適用中");
  await page.getByRole("link", { name: "新しい料率表を作成" }).click();

  await page.getByLabel("料率表の種類").selectOption("INTERMEDIATE");
  // A date of its own far ahead, so parallel runs on one database never collide.
  const year = 2101 + Math.floor(Math.random() * 99); // dates are read up to 2200
  await page.getByLabel("適用開始日").fill(`${year}-04-01`);
  await page.getByLabel("区分1 上限額（円）").fill("10,000,000");
  await page.getByLabel("区分1 年率（%）").fill("0.5");
  await page.getByLabel("区分2 年率（%）").fill("0.3");
  await page.getByLabel("最低保証料（円）").fill("3,000");
  const preview = page.getByTestId("rate-preview");
  await preview.getByLabel("保証金額（円）").fill("20,000,000");
  await preview.getByLabel("保証期間（開始日）").fill("2026-04-01");
  await preview.getByLabel("保証期間（終了日）").fill("2027-03-31");
  // 10,000,000 × 0.5% + 10,000,000 × 0.3% = 80,000円 a year, 365/365, before anything is saved.
  await expect(preview.getByRole("row", { name: /^保証料/ })).toContainText("80,000円");
  await page.getByLabel("区分2 年率（%）").fill("0.4");
  await expect(preview.getByRole("row", { name: /^保証料/ })).toContainText("90,000円");
  await page.getByLabel("区分2 年率（%）").fill("abc");
  await expect(preview).toContainText("料率表の入力に誤りがあるため計算できません。");
  await page.getByRole("button", { name: "下書きを保存する" }).click();
  await expect(page.getByText("料率は0〜100の数（小数点以下4桁まで）で入力してください。")).toBeVisible();
  await page.getByLabel("区分2 年率（%）").fill("0.4");
  await page.screenshot({ path: "test-results/fee-rate-table-draft.png", fullPage: true });
  await page.getByRole("button", { name: "下書きを保存する" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("下書き");

  await page.getByRole("button", { name: "この料率表を公開する" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("公開済み");
  await expect(page.getByText("公開済みの料率表は変更できません。")).toBeVisible();
  await expect(page.getByRole("button", { name: "下書きを保存する" })).toHaveCount(0);
});
