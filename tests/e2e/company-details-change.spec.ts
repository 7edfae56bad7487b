// お客様情報: 会社名・代表者・所在地 are changed by a request the guarantee company confirms. The contractor
// asks, sees 申請中 (the registered details unchanged), staff approve it on 請負者の登録・招待, and the
// contractor then sees the new details and 承認. (△△工業's 代表者 only, so other specs' names stay.)
import { expect, test } from "@playwright/test";
import { signIn } from "./support/sign-in";

const NEW_REPRESENTATIVE = `代表取締役 鈴木 三郎${Date.now() % 1000}`;

test("a contractor's change of 代表者 is 申請中 until staff approve it", async ({ browser }) => {
  test.setTimeout(120_000);
  const contractor = await (await browser.newContext()).newPage();
  const staff = await (await browser.newContext()).newPage();
  contractor.on("dialog", (dialog) => void dialog.accept());
  staff.on("dialog", (dialog) => void dialog.accept());
  await signIn(contractor, "contractor2@example.jp");
  await signIn(staff, "staff.shizuoka@example.jp");

  await contractor.goto("/netdesk/profile");
  const registered = contractor.getByRole("table", { name: "会社の登録情報" });
  const before = (await registered.getByRole("row", { name: /代表者/ }).getByRole("cell").innerText()).trim();
  await contractor.locator("#details-representativeName").fill(NEW_REPRESENTATIVE);
  await contractor.getByRole("button", { name: "変更を申請する" }).click();
  // The page comes back with the request in place of the form.
  const pending = contractor.getByRole("region", { name: "申請中の登録情報の変更" });
  await expect(pending).toContainText("申請中");
  await expect(pending).toContainText(NEW_REPRESENTATIVE);
  await expect(registered.getByRole("row", { name: /代表者/ }).getByRole("cell")).toHaveText(before); // not yet
  await expect(contractor.getByRole("button", { name: "変更を申請する" })).toHaveCount(0); // one open request
  // The contact details are still saved directly.
  await contractor.getByLabel("連絡先 担当者名").fill("高橋 三郎");
  await contractor.getByRole("form", { name: "連絡先" }).getByRole("button", { name: "保存する" }).click();
  await expect(contractor.getByRole("status").filter({ hasText: "連絡先を保存しました。" })).toBeVisible();

  await staff.goto("/staff/contractors");
  const request = staff.getByRole("region", { name: "△△工業 株式会社 の登録情報の変更申請" });
  await expect(request.getByRole("row", { name: /代表者/ })).toContainText(NEW_REPRESENTATIVE);
  await staff.screenshot({ path: "test-results/staff-details-change.png", fullPage: true });
  await request.getByRole("button", { name: "△△工業 株式会社 の変更を承認する" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "登録情報の変更を承認しました" })).toBeVisible();
  await expect(staff.getByRole("row").filter({ hasText: "△△工業 株式会社" }).first()).toContainText(NEW_REPRESENTATIVE);

  await contractor.reload();
  await expect(registered.getByRole("row", { name: /代表者/ })).toContainText(NEW_REPRESENTATIVE);
  await expect(contractor.getByRole("status").filter({ hasText: "承認されました" })).toBeVisible();
  await expect(contractor.getByRole("button", { name: "変更を申請する" })).toBeVisible();
  await contractor.screenshot({ path: "test-results/contractor-details-change.png", fullPage: true });
});
