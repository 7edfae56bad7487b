import { expect, type Page, test } from "@playwright/test";
import { openMailboxMessage } from "./support/mailbox";
import { signIn } from "./support/sign-in";

// The app runs in demo mode: its own SMTP server (real, on loopback) receives every mail and
// /dev/mailbox shows them. The invitation travels outbox → worker → SMTP → mailbox.
const NEW_USER = `e2e-${Date.now()}@example.jp`;
const NEW_PASSWORD = "信濃の山並み-e2e-2026";

async function linkFromMailbox(page: Page, to: string, subject: string): Promise<string> {
  const message = await openMailboxMessage(page, { to, subject });
  // The HTML part renders (in a sandboxed frame) as well as the text part.
  await expect(message.frameLocator("iframe.mailbox__html").getByRole("link", { name: /token=/ })).toBeVisible();
  const text = await message.locator(".mailbox__text").innerText();
  const url = /https?:\/\/\S+token=[A-Za-z0-9_-]{43}/.exec(text)?.[0];
  expect(url, "the mail carries a link").toBeTruthy();
  return url!;
}

test.describe("accounts and master data", () => {
  test("staff invite a new contractor; the invitation arrives by SMTP; the new user sets a password and signs in", async ({ page, browser }) => {
    await signIn(page, "staff.nagano@example.jp");
    await page.getByRole("link", { name: "請負者の登録・招待" }).click();
    await expect(page.getByRole("heading", { name: "請負者の登録・招待" })).toBeVisible();
    await page.locator("#field-name").fill("◇◇舗装 株式会社");
    await page.locator("#field-representativeName").fill("代表取締役 小林 五郎");
    await page.locator("#field-postalCode").fill("３８４０００１");
    await page.locator("#field-address").fill("長野県 小諸市 相生町 1-1");
    await page.locator("#field-phone").fill("0267-11-2222");
    await page.locator("#field-email").fill("info@hishigata.example.jp");
    await page.locator("#field-userName").fill("小林 五郎");
    await page.locator("#field-userEmail").fill(NEW_USER);
    await page.getByRole("button", { name: "登録して招待メールを送信" }).click();
    await expect(page.getByRole("status")).toContainText(`${NEW_USER} に招待メールを送信しました`);
    const row = page.getByRole("row", { name: /◇◇舗装 株式会社/ });
    await expect(row).toContainText("〒384-0001");
    await expect(row).toContainText("招待中");
    await page.screenshot({ path: "test-results/staff-contractors.png", fullPage: true });

    // The invited user, in a browser of their own.
    const context = await browser.newContext();
    const invited = await context.newPage();
    const link = await linkFromMailbox(invited, NEW_USER, "【Net Desk】アカウント登録のご案内");
    await invited.screenshot({ path: "test-results/dev-mailbox.png", fullPage: true });
    expect(link).toContain("/account/setup?token=");
    await invited.goto(link);
    await expect(invited.getByRole("heading", { name: "アカウントの登録" })).toBeVisible();
    await expect(invited.getByText(NEW_USER)).toBeVisible();

    // A too-short password is refused beside the field, in Japanese.
    await invited.getByLabel("新しいパスワード", { exact: false }).first().fill("short");
    await invited.getByLabel("新しいパスワード（確認）").fill("short");
    await invited.getByRole("button", { name: "パスワードを設定" }).click();
    await expect(invited.locator("#field-password-error")).toHaveText("パスワードは12文字以上で入力してください。");
    await invited.screenshot({ path: "test-results/account-setup-error.png", fullPage: true });

    await invited.locator("#field-password").fill(NEW_PASSWORD);
    await invited.locator("#field-passwordConfirm").fill(NEW_PASSWORD);
    await invited.getByRole("button", { name: "パスワードを設定" }).click();
    await expect(invited.getByRole("status")).toContainText("パスワードを設定しました");

    // The link is spent.
    await invited.goto(link);
    await expect(invited.getByRole("main").getByRole("alert")).toContainText("このリンクは無効か、有効期限が切れています");

    await signIn(invited, NEW_USER, NEW_PASSWORD);
    await expect(invited).toHaveURL(/\/netdesk$/);
    await expect(invited.getByRole("banner")).toContainText("◇◇舗装 株式会社 様");
    await invited.getByRole("link", { name: "お客様情報" }).click();
    await expect(invited.getByRole("heading", { name: "お客様情報" })).toBeVisible();
    // The registered details, and the change request form that starts from them.
    await expect(invited.getByRole("table", { name: "会社の登録情報" })).toContainText("代表取締役 小林 五郎");
    await expect(invited.locator("#details-representativeName")).toHaveValue("代表取締役 小林 五郎");
    await expect(invited.getByRole("row", { name: new RegExp(NEW_USER) })).toContainText("有効");
    await invited.screenshot({ path: "test-results/contractor-profile.png", fullPage: true });
    await context.close();
  });

  test("the public list shows an ordering body once an administrator enables it for e-guarantees", async ({ page }) => {
    const name = `e2e町${Date.now() % 100000}`;
    await signIn(page, "admin@example.jp");
    await page.getByRole("link", { name: "発注者マスタ" }).click();
    await page.getByRole("link", { name: "発注者を登録" }).click();
    await page.locator("#field-name").fill(name);
    await page.locator("#field-prefecture").selectOption("静岡県");
    await page.getByRole("button", { name: "登録する" }).click();
    await expect(page.getByRole("status")).toHaveText("発注者を登録しました。");
    await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("未対応");

    await page.goto(`/ordering-bodies?prefecture=静岡県&name=${encodeURIComponent(name)}`);
    await expect(page.getByText("条件に合う発注者はありません。")).toBeVisible();

    await page.goto("/admin/ordering-bodies");
    await page.getByRole("link", { name }).click();
    await page.getByLabel("電子保証に対応している").check();
    await page.locator("#field-keySubmissionEmail").fill("keiyaku@e2e-town.example.jp");
    await page.getByRole("button", { name: "保存する" }).click();
    await expect(page.getByRole("status")).toHaveText("保存しました。");
    await page.screenshot({ path: "test-results/admin-ordering-body-edit.png", fullPage: true });

    await page.getByRole("button", { name: "ログアウト" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.getByRole("link", { name: "電子保証対応の発注者一覧" }).click();
    await expect(page.getByRole("heading", { name: "電子保証対応の発注者一覧" })).toBeVisible();
    await page.getByLabel("都道府県").selectOption("静岡県");
    await page.getByRole("button", { name: "検索" }).click();
    const results = page.getByRole("table");
    await expect(results).toContainText(name);
    await expect(results).toContainText("三島市");
    await expect(results).not.toContainText("佐久市");
    await page.screenshot({ path: "test-results/public-ordering-bodies.png", fullPage: true });
  });

  test("an administrator invites a user of 三島市; they set a password and see 三島市's desk, not 佐久市's", async ({ page, browser }) => {
    const address = `e2e-mishima-${Date.now()}@mishima.example.jp`;
    await signIn(page, "admin@example.jp");
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByRole("banner")).toContainText("本店 管理 一郎 様");
    await page.getByRole("link", { name: "発注者マスタ（発注者のアカウント）" }).click();
    await page.getByRole("row", { name: /三島市/ }).getByRole("link", { name: "三島市" }).click();
    await expect(page.getByRole("heading", { name: "発注者の編集（三島市）" })).toBeVisible();
    await expect(page.getByRole("row", { name: /verifier@mishima\.example\.jp/ })).toContainText("有効");
    await page.locator("#invite-name").fill("三島 新任");
    await page.locator("#invite-email").fill(address);
    await page.getByRole("button", { name: "招待メールを送信" }).click();
    await expect(page.getByRole("status").filter({ hasText: "招待メールを送信しました" })).toContainText(address);
    await expect(page.getByRole("row", { name: new RegExp(address) })).toContainText("招待中");
    await page.screenshot({ path: "test-results/admin-ordering-body-users.png", fullPage: true });

    const context = await browser.newContext();
    const invited = await context.newPage();
    await invited.goto(await linkFromMailbox(invited, address, "【Net Desk】アカウント登録のご案内"));
    await invited.locator("#field-password").fill(NEW_PASSWORD);
    await invited.locator("#field-passwordConfirm").fill(NEW_PASSWORD);
    await invited.getByRole("button", { name: "パスワードを設定" }).click();
    await expect(invited.getByRole("status")).toContainText("パスワードを設定しました");
    await signIn(invited, address, NEW_PASSWORD);
    await expect(invited).toHaveURL(/\/ordering-body$/);
    await expect(invited.getByRole("heading", { name: "発注者メニュー（三島市）" })).toBeVisible();
    await invited.goto("/ordering-body/guarantees");
    await expect(invited.getByRole("heading", { name: "確認済みの電子保証一覧（三島市）" })).toBeVisible();

    // Deactivated by the administrator: signed out at the next request; reactivated: back in.
    const row = page.getByRole("row", { name: new RegExp(address) });
    await row.getByRole("button", { name: "三島 新任 を無効にする" }).click();
    await expect(row.getByRole("button", { name: "三島 新任 を有効に戻す" })).toBeVisible();
    await invited.goto("/ordering-body");
    await expect(invited).toHaveURL(/\/login/);
    await context.close();
    await row.getByRole("button", { name: "三島 新任 を有効に戻す" }).click();
    await expect(row.getByRole("button", { name: "三島 新任 を無効にする" })).toBeVisible();
    const again = await browser.newContext();
    const back = await again.newPage();
    await signIn(back, address, NEW_PASSWORD);
    await expect(back).toHaveURL(/\/ordering-body$/);
    await again.close();

    // Branch staff have neither master data nor accounts any more.
    const staffContext = await browser.newContext();
    const staff = await staffContext.newPage();
    await signIn(staff, "staff.nagano@example.jp");
    await expect(staff.getByRole("link", { name: /支店マスタ|発注者マスタ/ })).toHaveCount(0);
    expect((await staff.goto("/admin/ordering-bodies"))?.status()).toBe(403);
    await staffContext.close();
  });

  test("the reset page answers the same for a known and an unknown address", async ({ page }) => {
    const answers: string[] = [];
    for (const email of ["contractor@example.jp", "nobody-e2e@example.jp"]) {
      await page.goto("/login");
      await page.getByRole("link", { name: "パスワードをお忘れの方" }).click();
      // The login form also has a メールアドレス field: wait until the new page is there.
      await expect(page.getByRole("heading", { name: "パスワードの再設定" })).toBeVisible();
      await page.getByLabel("メールアドレス").fill(email);
      await page.getByRole("button", { name: "再設定のご案内を送信" }).click();
      answers.push(await page.getByRole("status").innerText());
    }
    expect(answers[0]).toContain("ご入力のメールアドレスが登録されている場合は");
    expect(answers[1]).toBe(answers[0]);
    await page.screenshot({ path: "test-results/password-forgot.png", fullPage: true });
  });
});
