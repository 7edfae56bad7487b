// Sessions end when the password changes (issue 14, item 7), in the browser: one user signed in in two
// browsers; the one that changes the password stays signed in (its session is re-issued), the other's
// next request goes to /login. A user of its own, so no other spec's demo sign-ins are affected.
import path from "node:path";
import { expect, test, type Browser } from "@playwright/test";
import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { demoDataDirConnection } from "../support/portal-process";
import { signIn } from "./support/sign-in";

const E2E_DATA_DIR = path.resolve(`.data/e2e-${process.env.E2E_PORT ?? 3100}`);
const EMAIL = `session-${Date.now()}@example.jp`;
const FIRST_PASSWORD = "八ヶ岳の朝焼け-e2e-2026";
const NEW_PASSWORD = "千曲川の夕暮れ-e2e-2026";

test.beforeAll(async () => {
  const db = new pg.Client(demoDataDirConnection(E2E_DATA_DIR).databaseUrl);
  await db.connect();
  try {
    await db.query(
      `INSERT INTO "User" (id, email, "passwordHash", name, role, "companyId", "updatedAt")
       SELECT gen_random_uuid(), $1, $2, 'セッション 確認', 'CONTRACTOR', c.id, now() FROM "ContractorCompany" c WHERE c.name = '〇〇建設 株式会社'`,
      [EMAIL, await hashPassword(FIRST_PASSWORD)],
    );
  } finally {
    await db.end();
  }
});

async function signedInPage(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, EMAIL, FIRST_PASSWORD);
  await expect(page).toHaveURL(/\/netdesk$/);
  return page;
}

test("a password change in one browser ends the session in the other; the changing one stays signed in", async ({ browser }) => {
  const office = await signedInPage(browser);
  const phone = await signedInPage(browser);

  await office.goto("/account/password");
  await office.getByLabel("現在のパスワード").fill(FIRST_PASSWORD);
  await office.getByLabel("新しいパスワード", { exact: true }).fill(NEW_PASSWORD);
  await office.getByLabel("新しいパスワード（確認）").fill(NEW_PASSWORD);
  await office.getByRole("button", { name: "変更する" }).click();
  await expect(office.getByRole("status")).toContainText("パスワードを変更しました");

  // The other browser's next request: signed out.
  await phone.goto("/netdesk/guarantees");
  await expect(phone).toHaveURL(/\/login/);
  // The browser that changed it carries on.
  await office.goto("/netdesk/guarantees");
  await expect(office).toHaveURL(/\/netdesk\/guarantees$/);
  await expect(office.getByRole("heading", { name: "保証契約一覧" })).toBeVisible();
  // The new password signs in; the old one does not.
  await signIn(phone, EMAIL, NEW_PASSWORD);
  await expect(phone).toHaveURL(/\/netdesk$/);
  await office.context().close();
  await phone.context().close();
});
