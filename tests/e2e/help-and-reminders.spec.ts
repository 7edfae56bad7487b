// Issue 19 in Chromium: 保証申込のお勧め on the top page (follow one, it disappears when done; 表示しない), the
// Q&A search (public and from a 「?」 help), 電子保証履歴一覧 and the staff dashboard. Each test creates its
// own company and guarantees (support/factories.ts); the demo contractor is only read.
import { expect, test } from "@playwright/test";
import { createContractorCompany, createIssuedGuarantees, createQaEntry, createStaffUser, createSubmittedApplication, increaseGuarantee, uniqueTag } from "./support/factories";
import { signIn } from "./support/sign-in";

test("a contractor sees the reminder its new e-guarantee implies, follows it, and it is gone once the key is sent", async ({ page }) => {
  const company = await createContractorCompany();
  const { advance } = await createIssuedGuarantees({ company, contractGuarantee: false });
  await signIn(page, company.user.email, company.user.password);
  await page.goto("/netdesk");
  const reminders = page.getByRole("list", { name: "保証申込のお勧め" });
  // Its key notice (the guarantee also has a 明細書 to file: a second reminder for the same number).
  const item = reminders.getByRole("listitem").filter({ hasText: advance.contractNumber }).filter({ hasText: "認証キーの提出" });
  await expect(item).toContainText("認証キーを発注者へ提出してください");
  await page.screenshot({ path: "test-results/help-top-reminders.png", fullPage: true });

  await item.getByRole("link", { name: "発注者へ提出する" }).click();
  await expect(page).toHaveURL(new RegExp(`/netdesk/guarantees/${advance.id}#gd-submit-heading$`));
  await page.getByRole("button", { name: "認証キーのお知らせを発注者へ送信する" }).click();
  await expect(page.getByRole("form", { name: "発注者へ提出" }).getByRole("status")).toContainText("送信");

  await page.goto("/netdesk");
  await expect(page.getByRole("heading", { name: "ようこそ、ネットデスクへ" })).toBeVisible();
  await expect(reminders.getByRole("listitem").filter({ hasText: advance.contractNumber }).filter({ hasText: "認証キー" })).toHaveCount(0);
  // What is left to do for it is its 前払金使途内訳明細書, whose link opens the form.
  await page.goto("/netdesk/reminders");
  const plan = page.getByRole("list", { name: "保証申込のお勧め" }).getByRole("listitem").filter({ hasText: advance.contractNumber });
  await expect(plan).toHaveCount(1);
  await expect(plan).toContainText("前払金使途内訳明細書を提出してください");
  await plan.getByRole("link", { name: "明細書を作成する" }).click();
  await expect(page).toHaveURL(new RegExp(`/netdesk/usage-plans/guarantee/${advance.id}$`));
});

test("表示しない hides one reminder for good and leaves the others; the menu tile opens the page of all", async ({ page }) => {
  const company = await createContractorCompany();
  const { guarantees } = await createIssuedGuarantees({ company });
  const [first, second] = guarantees;
  await signIn(page, company.user.email, company.user.password);
  await page.goto("/netdesk");
  await page.getByRole("link", { name: "保証申込のお勧め" }).click();
  await expect(page).toHaveURL(/\/netdesk\/reminders$/);
  // Two key notices (前払・契約) and the 前払金保証's 明細書 (and, by the factory's 工期, perhaps its 中間前払金).
  const items = page.getByRole("list", { name: "保証申込のお勧め" }).getByRole("listitem");
  const keyNotices = items.filter({ hasText: "認証キーを発注者へ提出してください" });
  await expect(keyNotices).toHaveCount(2);
  const others = await items.count();
  const firstItem = keyNotices.filter({ hasText: first!.contractNumber });
  await firstItem.getByRole("button", { name: /を表示しない$/ }).click();
  await expect(keyNotices).toHaveCount(1);
  await page.reload();
  await expect(keyNotices).toHaveCount(1);
  await expect(keyNotices.first()).toContainText("契約保証");
  await expect(items).toHaveCount(others - 1);
  await expect(items.filter({ hasText: "前払金使途内訳明細書を提出してください" })).toHaveCount(1);
  expect(second).toBeTruthy();
});

test("the demo contractor is reminded of the bridge whose 保証期限 ends while the 工期 continues, with the branch to call", async ({ page }) => {
  await signIn(page, "contractor@example.jp");
  const item = page.getByRole("list", { name: "保証申込のお勧め" }).getByRole("listitem").filter({ hasText: "○○橋 耐震補強工事" }).filter({ hasText: "期限変更" });
  await expect(item).toContainText(/保証期限まであと\d+日です/);
  await item.getByRole("link", { name: "申込先の支店へ期限変更を申し出る" }).click();
  await expect(page.getByRole("heading", { name: "営業部・支店のお問い合わせ先" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "長野支店" })).toContainText("土日祝日・年末年始除く9:00～17:00");
});

test("Q&A search in Chromium: 印鑑 finds 押印, full-width finds half-width, and a 「?」 help leads to its questions", async ({ page }) => {
  const tag = uniqueTag();
  await createQaEntry({ question: `確認APIの使い方 ${tag}`, answer: "POST /api/v1/verify に保証契約番号と認証キーを送ります。", category: "発注者の方へ" });
  await page.goto("/qa");
  await page.getByLabel("キーワード").fill("印鑑");
  await page.getByRole("button", { name: "検索" }).click();
  await expect(page).toHaveURL(/q=/);
  const questions = page.getByRole("list", { name: "質問と回答" });
  await expect(questions.getByText("押印は必要ですか")).toBeVisible();
  await expect(questions.getByText("消費税がかかる手数料はどれですか")).toHaveCount(0);
  await page.screenshot({ path: "test-results/help-qa-search.png", fullPage: true });

  const fullWidth = `ＡＰＩ ${[...tag].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join("")}`;
  await page.getByLabel("キーワード").fill(fullWidth);
  await page.getByRole("button", { name: "検索" }).click();
  await expect(questions.getByRole("listitem")).toHaveCount(1);
  await expect(questions).toContainText(`確認APIの使い方 ${tag}`);

  const company = await createContractorCompany();
  await signIn(page, company.user.email, company.user.password);
  await page.goto("/netdesk/applications/new");
  await page.getByRole("button", { name: "申込送信先のヘルプ" }).click();
  await page.getByRole("link", { name: "関連するQ&A" }).click();
  await expect(page).toHaveURL(/\/netdesk\/qa\?screen=APPLICATION$/);
  await expect(page.getByText("「保証申込」の画面に関する質問")).toBeVisible();
  await expect(page.getByRole("list", { name: "質問と回答" })).toContainText("押印は必要ですか");
});

test("an administrator adds a question on Q&Aの編集 and it is on the public Q&A at once; a bad one is refused beside its field", async ({ page }) => {
  const tag = uniqueTag();
  await signIn(page, "admin@example.jp");
  await page.goto("/admin/qa/new");
  await page.getByLabel("質問").fill(`入札ボンドの有効期限は ${tag}`);
  await page.getByRole("button", { name: "登録する" }).click();
  await expect(page.getByText("回答を入力してください。")).toBeVisible();
  await page.getByLabel("分類").fill("契約保証予約について");
  await page.getByLabel("回答").fill("予約証書に記載の有効期限までです。");
  await page.getByLabel("関連する画面").selectOption({ label: "その他" });
  await page.getByRole("button", { name: "登録する" }).click();
  await expect(page).toHaveURL(/\/admin\/qa\?saved=1$/);
  await expect(page.getByRole("table", { name: "Q&Aの一覧" })).toContainText(`入札ボンドの有効期限は ${tag}`);
  await page.goto(`/qa?q=${tag}`);
  await expect(page.getByRole("list", { name: "質問と回答" })).toContainText("予約証書に記載の有効期限までです。");
});

test("電子保証履歴一覧 lists the company's 新規 and 変更, searches by number and opens a version's certificate", async ({ page }) => {
  const company = await createContractorCompany();
  const issued = await createIssuedGuarantees({ company, advanceAmount: "15,000,000", contractGuarantee: false });
  await increaseGuarantee(issued, issued.advance, 1_000_000);
  await createIssuedGuarantees({ company, contractGuarantee: false });
  await signIn(page, company.user.email, company.user.password);
  await page.goto(`/netdesk/guarantees/${issued.advance.id}`);
  await page.getByRole("navigation", { name: "保証契約と電子保証履歴の切り替え" }).getByRole("link", { name: "電子保証履歴一覧" }).click();
  const table = page.getByRole("table", { name: "電子保証履歴一覧" });
  await expect(table.getByRole("row")).toHaveCount(4);
  await expect(page.getByText("全1ページ(3件)中の1ページ目を表示しています")).toBeVisible();

  await page.getByLabel("保証契約番号").fill(issued.advance.contractNumber);
  await page.getByRole("search", { name: "ピンポイント検索" }).getByRole("button", { name: "検索" }).click();
  await expect(table.getByRole("row")).toHaveCount(3);
  await expect(table.getByRole("row").nth(1)).toContainText("変更（増額）");
  await expect(table.getByRole("row").nth(2)).toContainText("新規");
  await page.screenshot({ path: "test-results/help-certificate-history.png", fullPage: true });
  const [popup] = await Promise.all([page.waitForEvent("popup"), table.getByRole("row").nth(1).getByRole("link", { name: /の電子証書を別ウィンドウで表示$/ }).click()]);
  await popup.waitForLoadState();
  await expect(popup.getByRole("heading", { name: "前払金保証証書" })).toBeVisible();
  await expect(popup.getByText("16,000,000")).toBeVisible();
});

test("the staff dashboard counts the branch's 受付待ち and opens the list filtered by it", async ({ page }) => {
  const staff = await createStaffUser("長野支店");
  const company = await createContractorCompany();
  const application = await createSubmittedApplication({ company });
  await signIn(page, staff.email, staff.password);
  const tile = page.getByRole("list", { name: "処理状況" }).getByRole("link", { name: /^受付待ち/ });
  await expect(tile).toContainText(/[1-9]\d*件/);
  await page.screenshot({ path: "test-results/help-staff-dashboard.png", fullPage: true });
  await tile.click();
  await expect(page).toHaveURL(/\/staff\/applications\?status=SUBMITTED$/);
  await expect(page.getByRole("table", { name: "申込一覧" })).toContainText(application.applicationNumber);
});
