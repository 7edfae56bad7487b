// 預託金払出依頼書 in Chromium: the contractor requests two lines of the approved 明細書 (申込確認, then 送信),
// the bank (〇〇銀行 ××支店) pays one and returns the other, staff of the branch see both with the remaining
// advance, and 前払金払出予定 shows the chart and the month's 払出. Every record is the test's own.
import { expect, test } from "@playwright/test";
import { BANK_USER_EMAIL, createContractorCompany, createIssuedGuarantees, createStaffUser, fileUsagePlan } from "./support/factories";
import { signIn } from "./support/sign-in";

test("払出依頼: requested by the contractor, one line paid and one returned by the bank, seen by staff, charted", async ({ browser }) => {
  const company = await createContractorCompany();
  const [issued, staff] = await Promise.all([createIssuedGuarantees({ company, contractGuarantee: false }), createStaffUser("長野支店")]);
  const { planId } = await fileUsagePlan(issued, { laborPayee: "〇〇工務店" });
  const number = issued.advance.contractNumber;

  const contractor = await (await browser.newContext()).newPage();
  await signIn(contractor, company.user.email, company.user.password);
  await contractor.getByRole("link", { name: "預託金払出依頼書" }).click();
  await expect(contractor.getByRole("table", { name: "払出を依頼できる保証" }).getByRole("row", { name: new RegExp(number) })).toContainText("20,000,000円");
  await contractor.getByRole("link", { name: `${number} の払出を依頼` }).click();

  const material = contractor.getByRole("group", { name: "No.1 材料費（株式会社 信濃生コン）" });
  const labor = contractor.getByRole("group", { name: "No.2 労務費（〇〇工務店）" });
  // More than remains: the server's message next to the field, what was typed kept.
  await material.getByLabel("依頼額（円）").fill("12,000,001");
  for (const line of [material, labor]) {
    await line.getByLabel("振込先 金融機関名").fill("〇〇銀行");
    await line.getByLabel("振込先 支店名").fill("××支店");
    await line.getByLabel("口座番号").fill("1234567");
    await line.getByLabel("口座名義（カナ）").fill("ｶ)ｼﾅﾉ");
  }
  await contractor.getByRole("button", { name: "申込確認へ" }).click();
  await expect(material.getByText("依頼額は残額（12,000,000円）以内で入力してください。")).toBeVisible();
  await material.getByLabel("依頼額（円）").fill("5,000,000");
  await labor.getByLabel("依頼額（円）").fill("3,000,000");
  await expect(contractor.getByText("依頼額の合計: 8,000,000円")).toBeVisible();
  await contractor.getByRole("button", { name: "申込確認へ" }).click();
  const confirm = contractor.getByRole("table", { name: "申込確認: 払出を依頼する行" });
  await expect(confirm).toContainText("〇〇銀行 ××支店 普通 1234567 カ)シナノ");
  await expect(confirm.getByRole("row").nth(1)).toContainText("7,000,000円"); // 12,000,000 − 5,000,000
  await contractor.getByRole("button", { name: "この内容で送信する" }).click();
  await expect(contractor.getByText(/〇〇銀行 ××支店へ払出依頼 No\.1を送信しました。/)).toBeVisible();
  const requestId = new URL(contractor.url()).pathname.split("/").pop()!;

  const bank = await (await browser.newContext()).newPage();
  await signIn(bank, BANK_USER_EMAIL);
  await expect(bank.getByRole("heading", { name: "払出依頼の受付（〇〇銀行 ××支店）" })).toBeVisible();
  await bank.getByRole("table", { name: "処理待ちの払出依頼" }).getByRole("link", { name: `${number} の払出依頼 No.1` }).click();
  await expect(bank).toHaveURL(new RegExp(`/bank/requests/${requestId}$`));
  const plan = bank.getByRole("table", { name: "承認済みの明細書の行と残額" });
  await expect(plan.getByRole("row").nth(1)).toContainText("5,000,000円"); // 依頼中 on No.1
  const payMaterial = bank.getByRole("form", { name: "No.1 材料費 の払出" });
  await payMaterial.getByLabel("払出額（円）").fill("4,800,000");
  await bank.getByRole("button", { name: "No.1 材料費 を払出済にする" }).click();
  // The page comes back with the line decided (its forms gone).
  const requested = bank.getByRole("table", { name: "依頼された行と処理" });
  await expect(requested.getByRole("row").nth(1)).toContainText("払出済");
  await expect(requested.getByRole("row").nth(1)).toContainText("4,800,000円");
  await requested.getByRole("row").nth(2).locator("summary", { hasText: "差し戻す" }).click();
  await bank.getByRole("form", { name: "No.2 労務費 の差戻し" }).getByLabel("差戻しの理由").fill("振込先の口座名義をご確認ください。");
  await bank.getByRole("button", { name: "No.2 労務費 を差し戻す" }).click();
  await expect(bank.getByText("理由: 振込先の口座名義をご確認ください。")).toBeVisible();
  // 4,800,000 paid, the 200,000 not paid and the returned 3,000,000 are released.
  await expect(plan.getByRole("row").last()).toContainText("15,200,000円");

  const desk = await (await browser.newContext()).newPage();
  await signIn(desk, staff.email, staff.password);
  await desk.goto("/staff/payouts");
  await desk.getByRole("link", { name: `${number} の払出依頼 No.1` }).click();
  const lines = desk.getByRole("table", { name: "依頼された行と預託金融機関の払出報告" });
  await expect(lines.getByRole("row").nth(1)).toContainText("払出済");
  await expect(lines.getByRole("row").nth(1)).toContainText("4,800,000円");
  await expect(lines.getByRole("row").nth(2)).toContainText("差戻し");
  await expect(desk.getByText("15,200,000円").first()).toBeVisible();

  await contractor.goto(`/netdesk/payout-schedule?planId=${planId}`);
  await expect(contractor.getByRole("img", { name: `${number} の前払金払出予定と実績` })).toBeVisible();
  const months = contractor.getByRole("table", { name: "月ごとの払出予定と実績" });
  await expect(months).toContainText("4,800,000円");
  await expect(months.getByRole("row").last()).toContainText("15,200,000円");
  await contractor.screenshot({ path: "test-results/payout-schedule.png", fullPage: true });
  await bank.screenshot({ path: "test-results/bank-request.png", fullPage: true });
});
