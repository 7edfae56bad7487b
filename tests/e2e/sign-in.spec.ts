import { expect, test } from "@playwright/test";
import { signIn } from "./support/sign-in";

test.describe("sign-in and the three areas", () => {
  test("a contractor signs in, sees the Net Desk top page with the menu, and signs out", async ({ page }) => {
    await signIn(page, "contractor@example.jp");
    await expect(page).toHaveURL(/\/netdesk$/);
    await expect(page.getByText("インターネット保証サービス")).toBeVisible();
    await expect(page.getByRole("banner").getByText("〇〇建設 株式会社 様", { exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "全体トップへ" })).toBeVisible();
    // Every menu item of the real portal is there; the ones not built yet say 準備中 and are not links.
    for (const label of ["保証申込（前払・中間・契約）", "保証契約一覧", "保証契約情報ダウンロード", "お客様情報"]) {
      await expect(page.getByText(label, { exact: false }).first()).toBeVisible();
    }
    await page.screenshot({ path: "test-results/contractor-top.png", fullPage: true });
    await page.getByRole("button", { name: "ログアウト" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/netdesk");
    await expect(page).toHaveURL(/\/login/);
  });

  test("guarantee staff see their branch's area", async ({ page }) => {
    await signIn(page, "staff.nagano@example.jp");
    await expect(page).toHaveURL(/\/staff$/);
    await expect(page.getByRole("heading", { name: "保証会社業務（長野支店）" })).toBeVisible();
  });

  test("an ordering-body user sees the ordering body's area", async ({ page }) => {
    await signIn(page, "verifier@saku.example.jp");
    await expect(page).toHaveURL(/\/ordering-body$/);
    await expect(page.getByRole("heading", { name: "発注者メニュー（佐久市）" })).toBeVisible();
  });

  test("a wrong password shows one message that does not say which part was wrong", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("メールアドレス").fill("contractor@example.jp");
    await page.getByLabel("パスワード").fill("wrong-password");
    await page.getByRole("button", { name: "ログイン" }).click();
    await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("メールアドレスまたはパスワードが正しくありません。");
    await page.screenshot({ path: "test-results/login-error.png" });
    await expect(page).toHaveURL(/\/login/);
  });

  test("a contractor opening the staff area gets a 403 page, not the content", async ({ page }) => {
    await signIn(page, "contractor2@example.jp");
    const response = await page.goto("/staff");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: /権限がありません/ })).toBeVisible();
    await expect(page.getByText("業務メニュー")).toHaveCount(0);
    await page.screenshot({ path: "test-results/forbidden.png" });
    expect((await page.goto("/ordering-body"))?.status()).toBe(403);
  });

  test("anonymous visitors are sent to the login page", async ({ page }) => {
    for (const path of ["/", "/netdesk", "/staff", "/ordering-body"]) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/login$/);
    }
  });

  test("after five wrong passwords for one address the form says when to try again", async ({ page }) => {
    // An account of its own: the wait is per account and source, and every e2e browser is 127.0.0.1.
    const email = `locked-${Date.now()}@example.jp`;
    const submit = async (password: string) => {
      await page.getByLabel("メールアドレス").fill(email);
      await page.getByLabel("パスワード").fill(password);
      await Promise.all([page.waitForResponse(/\/api\/auth\/callback\/credentials/), page.getByRole("button", { name: "ログイン" }).click()]);
    };
    await page.goto("/login");
    for (let i = 0; i < 5; i++) {
      await submit(`wrong-password-${i}`);
      await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("メールアドレスまたはパスワードが正しくありません。");
    }
    await submit("wrong-password-5");
    await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText(
      /^ログインの失敗が続いたため、この接続元からのログインを一時的に制限しています。(?:\d{1,2}秒|1分)ほど後（\d{4}\/\d{2}\/\d{2} \d{2}:\d{2} 以降）に、もう一度お試しください。$/,
    );
  });
});
