import { expect, test } from "@playwright/test";
import { fillFlyerApplication, guarantee, openNewApplication } from "./support/application-form";
import { createContractorCompany } from "./support/factories";
import { signIn } from "./support/sign-in";

const SHOTS = "test-results/issue-3";

test.describe("保証申込: 申込作成 → 申込確認 → 送信完了", () => {
  test("the flyer's application is entered, confirmed, corrected, sent, and another company cannot open it", async ({ page, browser }) => {
    await signIn(page, "contractor@example.jp");
    await openNewApplication(page);
    // 送付先 and 連絡先 come from the company profile.
    await expect(page.getByLabel("宛名", { exact: true })).toHaveValue("〇〇建設 株式会社");
    await expect(page.getByLabel("〒", { exact: true })).toHaveValue("380-8537");
    await expect(page.getByLabel("担当者名", { exact: true })).toHaveValue("佐藤 花子");

    await fillFlyerApplication(page);
    const advance = guarantee(page, "前払金保証");
    await expect(advance.getByLabel("預託金融機関(全角)", { exact: true })).toHaveValue("〇〇銀行　××支店");
    await expect(advance.getByText("40.0%（請負金額に対する前払金保証金額の割合）")).toBeVisible();
    await expect(guarantee(page, "契約保証").getByText("10.0%（請負金額に対する契約保証金額の割合）")).toBeVisible();
    await expect(page.getByText("令和4年10月31日")).toBeVisible();
    // 「?」 help opens from a button.
    await page.getByRole("button", { name: "前払金保証金額のヘルプ" }).click();
    await expect(page.getByText("通常は請負金額の4/10")).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/1-form.png`, fullPage: true });

    await page.getByRole("button", { name: "申込確認へ" }).click();
    await expect(page.getByRole("heading", { name: "申込確認" })).toBeVisible();
    await expect(page.getByRole("row", { name: /請負金額 50,000,000円/ })).toBeVisible();
    await expect(page.getByRole("row", { name: /落札日 2022\/10\/31（令和4年10月31日）/ })).toBeVisible();
    await expect(page.getByRole("row", { name: /預託金融機関\(全角\) 〇〇銀行\s××支店/ })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/2-confirm.png`, fullPage: true });

    // 修正する returns to the form with everything kept.
    await page.getByRole("button", { name: "修正する" }).click();
    await expect(guarantee(page, "前払金保証").getByLabel("前払金保証金額", { exact: true })).toHaveValue("20,000,000");
    await expect(page.getByLabel("発注者名", { exact: true })).toHaveValue("佐久市");
    await page.getByRole("button", { name: "申込確認へ" }).click();

    // A double click on 送信する sends one application.
    await page.getByRole("button", { name: "送信する" }).dblclick();
    await expect(page).toHaveURL(/\/netdesk\/applications\/[0-9a-f-]{36}\/sent$/);
    await expect(page.getByRole("heading", { name: "送信完了" })).toBeVisible();
    const number = await page.locator(".application-number strong").innerText();
    expect(number).toMatch(/^\d{4}-\d{6}$/);
    await expect(page.getByText("今後の流れ")).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/3-sent.png`, fullPage: true });
    const sentUrl = page.url();
    const detailUrl = sentUrl.replace(/\/sent$/, "");

    await page.getByRole("link", { name: "申込一覧へ" }).click();
    const row = page.getByRole("row", { name: new RegExp(number) });
    await expect(row).toHaveCount(1);
    await expect(row.getByText("送信済（受付待ち）")).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/4-list.png`, fullPage: true });

    // Another company gets a 404 for every URL of this application.
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await signIn(otherPage, "contractor2@example.jp");
    for (const url of [detailUrl, sentUrl, `${detailUrl}/edit`]) {
      expect((await otherPage.goto(url))?.status()).toBe(404);
      await expect(otherPage.getByText("令和4年度 県単河川維持工事")).toHaveCount(0);
    }
    await other.close();
  });

  test("errors: a ratio over the limit and 電子保証 for 〇〇村, beside the field and summarised, nothing lost", async ({ page }) => {
    // A company of its own (support/factories.ts): the 一時保存 in its list is this test's.
    const company = await createContractorCompany();
    await signIn(page, company.user.email, company.user.password);
    await openNewApplication(page);
    await fillFlyerApplication(page, { advanceAmount: "20,000,001" });
    await page.getByRole("button", { name: "申込確認へ" }).click();
    const message = "前払金保証金額は請負金額の4/10（20,000,000円）以内で入力してください。";
    const amount = guarantee(page, "前払金保証").getByLabel("前払金保証金額", { exact: true });
    await expect(page.getByRole("alert").getByRole("link", { name: message })).toBeVisible();
    await expect(guarantee(page, "前払金保証").getByText(message)).toBeVisible();
    await expect(amount).toBeFocused();
    await expect(amount).toHaveValue("20,000,001");
    await page.screenshot({ path: `${SHOTS}/5-error-ratio.png`, fullPage: false });

    await amount.fill("20,000,000");
    await page.getByLabel("発注者名", { exact: true }).fill("〇〇村");
    await page.getByRole("button", { name: "申込確認へ" }).click();
    const village = "〇〇村は電子保証に対応していません。保証証書の形式は「証書(紙)」を選択してください。";
    await expect(guarantee(page, "前払金保証").getByText(village)).toBeVisible();
    await expect(guarantee(page, "契約保証").getByText(village)).toBeVisible();
    await expect(guarantee(page, "前払金保証").getByRole("link", { name: "電子保証対応の発注者一覧" })).toHaveAttribute("href", "/ordering-bodies");
    await expect(page.getByRole("heading", { name: "申込確認" })).toHaveCount(0);
    await expect(page.getByLabel("工事名", { exact: true })).toHaveValue("令和4年度 県単河川維持工事");
    await guarantee(page, "前払金保証").scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/6-error-village.png`, fullPage: false });

    // 一時保存 keeps the incomplete application; the list shows it and it can be resumed.
    await page.getByRole("button", { name: "一時保存" }).click();
    await expect(page.getByText(/一時保存しました/)).toBeVisible();
    await expect(page).toHaveURL(/\/edit$/);
    await page.goto("/netdesk/applications");
    const draft = page.getByRole("row", { name: /〇〇村/ }).first();
    await expect(draft.getByText("一時保存")).toBeVisible();
    await draft.getByRole("link", { name: "作成を再開" }).click();
    await expect(page.getByLabel("発注者名", { exact: true })).toHaveValue("〇〇村");
    await expect(guarantee(page, "前払金保証").getByLabel("前払金保証金額", { exact: true })).toHaveValue("20,000,000");
  });
});
