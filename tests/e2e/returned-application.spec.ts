// A returned application (差戻し) goes back to the branch that returned it: the contractor sees
// 申込送信先 read-only while correcting it, and the corrected application arrives at that branch again.
import { expect, test } from "@playwright/test";
import { confirmAndSend, fillFlyerApplication, openNewApplication } from "./support/application-form";
import { signIn } from "./support/sign-in";

const PROJECT = `令和8年度 差戻し確認工事（${Date.now()}）`;

test("a returned application keeps 長野支店 as 申込送信先, shown read-only, and is sent back there", async ({ browser }) => {
  test.setTimeout(120_000);
  const contractor = await (await browser.newContext()).newPage();
  const staff = await (await browser.newContext()).newPage();
  staff.on("dialog", (dialog) => void dialog.accept());
  await signIn(contractor, "contractor@example.jp");
  await signIn(staff, "staff.nagano@example.jp");

  await openNewApplication(contractor);
  await fillFlyerApplication(contractor, { projectName: PROJECT });
  const applicationNumber = await confirmAndSend(contractor);

  await staff.goto(`/staff/applications?q=${encodeURIComponent(applicationNumber)}`);
  await staff.getByRole("row").filter({ hasText: PROJECT }).getByRole("link", { name: /詳細/ }).click();
  await staff.getByLabel("差戻し（弊社からお客様へのお知らせ）").fill("契約日をご確認ください。");
  await staff.getByRole("button", { name: "差戻し", exact: true }).click();
  await expect(staff.getByRole("heading", { name: /申込の詳細/ })).toContainText("差戻し");

  await contractor.goto("/netdesk/applications");
  await contractor.getByRole("row").filter({ hasText: PROJECT }).getByRole("link", { name: PROJECT }).click();
  await contractor.getByRole("link", { name: "修正して再送信する" }).click();
  const branch = contractor.getByLabel("申込送信先", { exact: true });
  await expect(branch).toHaveValue("長野支店");
  await expect(branch).toHaveAttribute("readonly", "");
  await expect(contractor.getByText("差戻しされた申込は、差し戻した長野支店に送信されます（申込送信先は変更できません）。")).toBeVisible();
  await contractor.screenshot({ path: "test-results/returned-application-branch.png", fullPage: true });

  await contractor.getByLabel("契約日", { exact: true }).fill("20221102");
  const resent = await confirmAndSend(contractor, () => expect(contractor.getByRole("row", { name: /申込送信先/ })).toContainText("長野支店"));
  expect(resent).toBe(applicationNumber); // a returned application keeps its number

  await staff.goto(`/staff/applications?q=${encodeURIComponent(applicationNumber)}`);
  await expect(staff.getByRole("row").filter({ hasText: PROJECT })).toContainText("送信済");
});
