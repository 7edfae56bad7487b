// The form completed with the keyboard alone: Tab to each control, type, Space for boxes,
// arrow keys for radio buttons and selects, Enter on buttons.
import { expect, test, type Page } from "@playwright/test";
import { createContractorCompany } from "./support/factories";
import { signIn } from "./support/sign-in";

/** Presses Tab until the control with this id has focus (fails if it is not reachable). */
async function tabTo(page: Page, id: string) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((target) => document.activeElement?.id === target, id)) return;
  }
  throw new Error(`${id} was not reached with Tab`);
}

async function typeInto(page: Page, id: string, text: string) {
  await tabTo(page, id);
  await page.keyboard.type(text);
}

/** A radio group: Tab lands on it, arrows move to the option (which selects it). */
async function chooseRadio(page: Page, firstOptionId: string, steps: number) {
  await tabTo(page, firstOptionId);
  if (steps === 0) await page.keyboard.press("Space");
  for (let i = 0; i < steps; i++) await page.keyboard.press("ArrowRight");
}

test("the form can be completed and sent with the keyboard alone", async ({ page }) => {
  const company = await createContractorCompany();
  await signIn(page, company.user.email, company.user.password);
  await page.goto("/netdesk/applications/new");
  await page.locator("body").focus();

  await typeInto(page, "field-orderingBodyId", "佐久市");
  await typeInto(page, "field-projectName", "キーボード操作の工事");
  await typeInto(page, "field-projectLocation", "長野県佐久市");
  await typeInto(page, "field-contractAmount", "50000000");
  await typeInto(page, "field-periodFrom", "20221101");
  await typeInto(page, "field-periodTo", "20230331");
  await typeInto(page, "field-contractDate", "20221101");
  await tabTo(page, "field-advanceRequested");
  await page.keyboard.press("Space");
  await chooseRadio(page, "field-advanceForm", 0); // 証書(紙)
  await typeInto(page, "field-advanceAmount", "２００００００");
  await typeInto(page, "field-depositBank", "ABC銀行 ｼﾝｼﾞｭｸ支店");
  await chooseRadio(page, "field-redeposit", 0);
  await tabTo(page, "field-advanceFeePaymentMethod");
  await page.keyboard.press("ArrowDown");
  await chooseRadio(page, "field-advanceFeeStatementWanted", 1);
  await chooseRadio(page, "field-orderType", 1); // 指名競争入札
  await typeInto(page, "field-awardDate", "2022/10/31");
  await tabTo(page, "field-branchId");
  await page.keyboard.press("ArrowDown");
  await chooseRadio(page, "field-receiveMethod", 0); // 送付
  await page.keyboard.press("Enter"); // Enter in the form submits it: 申込確認へ

  await expect(page.getByRole("heading", { name: "申込確認" })).toBeFocused();
  await expect(page.getByRole("row", { name: /預託金融機関\(全角\) ＡＢＣ銀行\sシンジュク支店/ })).toBeVisible();
  await expect(page.getByRole("row", { name: /前払金保証金額 2,000,000円/ })).toBeVisible();
  await page.keyboard.press("Tab"); // 修正する
  await page.keyboard.press("Tab"); // 送信する
  await expect(page.getByRole("button", { name: "送信する" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "送信完了" })).toBeVisible();
  await page.screenshot({ path: "test-results/issue-3/7-keyboard-sent.png" });
});
