// 発注者の確認, as the three roles live it: the contractor downloads the key notice; the ordering body
// reads the key out of that PDF, opens the QR address (values in the fragment) and verifies; staff
// record a 減額 and the ordering body sees 変更 (and is told by mail); staff cancel and it shows 取消.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { expect, test } from "@playwright/test";
import {
  confirmReceiptAsOrderingBody,
  createContractorCompany,
  createIssuedGuarantees,
  createStaffUser,
  increaseGuarantee,
  SAKU_VERIFIER_EMAIL,
  verifyAsOrderingBody,
  type Company,
  type Issued,
} from "./support/factories";
import { openMailboxMessage } from "./support/mailbox";
import { signIn } from "./support/sign-in";
import { keyFromNoticeText, verifyAs } from "./support/verify";

// Each test works on an e-guarantee of its own (support/factories.ts): a new company's application to
// 佐久市 through 長野支店 for 19,520,000円 of 前払金 (50,000,000円 contract), issued, then one 増額 of
// 480,000円 to exactly 佐久市's 4/10, so its history is already 新規 + 変更（増額）.
const PROJECT = "市道1-23号線 舗装補修工事";

async function sakuGuarantee(company?: Company): Promise<Issued> {
  const issued = await createIssuedGuarantees({ company: company ?? (await createContractorCompany()), projectName: PROJECT, orderingBody: "佐久市", advanceAmount: "19,520,000" });
  await increaseGuarantee(issued, issued.advance, 480_000);
  return issued;
}

test("the key read out of the contractor's downloaded PDF verifies on /verify", async ({ page }) => {
  const company = await createContractorCompany();
  await sakuGuarantee(company);
  await signIn(page, company.user.email, company.user.password);
  await page.goto(`/netdesk/guarantees?project=${encodeURIComponent("舗装補修")}`);
  const row = page.getByRole("row").filter({ hasText: PROJECT }).filter({ hasText: "前払" });
  await row.getByRole("link", { name: /の電子保証概要$/ }).click();
  await expect(page.getByRole("heading", { name: /電子保証概要/ })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "印刷" }).click()]);
  const file = await download.path();
  const text = execFileSync("pdftotext", ["-layout", file!, "-"], { encoding: "utf8" });
  fs.rmSync(file!, { force: true });
  const { contractNumber, authKey } = keyFromNoticeText(text);
  expect(authKey).toMatch(/^[A-Za-z0-9]{12}$/);
  await page.getByRole("button", { name: "ログアウト" }).click();
  await expect(page).toHaveURL(/\/login$/);

  await signIn(page, SAKU_VERIFIER_EMAIL);
  const certificate = await verifyAs(page, contractNumber, authKey);
  await expect(certificate.getByText("状態: 有効")).toBeVisible();
  await expect(certificate.getByText("署名: 有効")).toBeVisible();
  await expect(certificate.getByRole("cell", { name: PROJECT })).toBeVisible();
  const history = certificate.getByRole("table").nth(1);
  await expect(history).toContainText("新規");
  await expect(history).toContainText("変更（増額）");
  await page.screenshot({ path: "test-results/verify-certificate.png", fullPage: true });
});

test("a wrong key gets the one message; a mistyped check letter is refused beside the field", async ({ page }) => {
  const { contractNumber, authKey } = (await sakuGuarantee()).advance;
  await page.goto("/verify");
  await page.getByLabel("保証契約番号").fill(contractNumber);
  await page.getByLabel("認証キー").fill("AAAAAAAAAAAA");
  await page.getByRole("button", { name: "照会する" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("保証契約番号または認証キーが正しくありません");
  const wrongLetter = contractNumber.slice(0, 11) + (contractNumber.endsWith("A") ? "B" : "A");
  await page.getByLabel("保証契約番号").fill(wrongLetter);
  await page.getByLabel("認証キー").fill(authKey);
  await page.getByRole("button", { name: "照会する" }).click();
  await expect(page.getByText("保証契約番号に誤りがあります。番号をもう一度ご確認ください。")).toBeVisible();
});

test("the ordering body records 受領確認 and the contractor sees that it was checked", async ({ page }) => {
  const company = await createContractorCompany();
  const issued = await sakuGuarantee(company);
  const { contractNumber } = issued.advance;
  const summaryPath = `/netdesk/guarantees/${issued.advance.id}`;
  // 佐久市 has verified it (as in the test above): only then does it list it for 受領確認.
  await verifyAsOrderingBody(issued.advance);
  await signIn(page, SAKU_VERIFIER_EMAIL);
  await page.goto("/ordering-body/guarantees");
  const row = page.getByRole("row").filter({ hasText: contractNumber });
  await expect(row).toContainText("有効");
  await row.getByRole("button", { name: `${contractNumber} の受領確認をする` }).click();
  await expect(row).toContainText("受領確認済み");
  await page.getByRole("button", { name: "ログアウト" }).click();
  await expect(page).toHaveURL(/\/login$/);

  await signIn(page, company.user.email, company.user.password);
  await page.goto(summaryPath);
  await expect(page.getByText(/発注者による確認: \d{4}\/\d{2}\/\d{2} \d{2}:\d{2} 確認済み/)).toBeVisible();
});

// (A 減額: sakuGuarantee's 増額 already took it to 佐久市's 4/10 of 請負金額, so another 増額 is refused.)
test("after staff record a 減額 the history shows the new 変更, and 佐久市 is told by mail", async ({ page }) => {
  const issued = await sakuGuarantee();
  const { contractNumber, authKey } = issued.advance;
  // 佐久市 has verified it and recorded 受領確認 (as in the tests above): a later 変更 is mailed to them.
  await confirmReceiptAsOrderingBody(issued.advance);
  const staff = await createStaffUser("長野支店");
  page.on("dialog", (dialog) => void dialog.accept());
  await signIn(page, staff.email, staff.password);
  await page.goto(`/staff/guarantees?q=${contractNumber}`);
  await page.getByRole("link", { name: contractNumber }).click();
  await page.getByRole("radio", { name: "減額" }).check();
  await page.getByLabel(/減額する金額/).fill("100,000");
  await page.getByRole("button", { name: "変更する" }).click();
  await expect(page.getByRole("status")).toContainText("変更しました");

  const history = (await verifyAs(page, contractNumber, authKey)).getByRole("table").nth(1);
  await expect(history.getByRole("row").filter({ hasText: "変更（増額）" })).toHaveCount(1);
  await expect(history.getByRole("row").filter({ hasText: "変更（減額）" })).toHaveCount(1);
  const notice = await openMailboxMessage(page, { to: "keiyaku@saku.example.jp", subject: `確認済みの電子保証に変更（減額）がありました（${contractNumber}）` });
  await expect(notice.locator(".mailbox__text")).not.toContainText(authKey);
});

test("after staff cancel the guarantee, verification shows 取消", async ({ page }) => {
  const { contractNumber, authKey } = (await sakuGuarantee()).advance;
  const staff = await createStaffUser("長野支店");
  page.on("dialog", (dialog) => void dialog.accept());
  await signIn(page, staff.email, staff.password);
  await page.goto(`/staff/guarantees?q=${contractNumber}`);
  await page.getByRole("link", { name: contractNumber }).click();
  await page.locator("#cancel-guarantee-reason").fill("契約解除のため");
  await page.getByRole("button", { name: "保証を取り消す" }).click();
  await expect(page.getByText(/この保証は取り消されています/)).toBeVisible();

  const certificate = await verifyAs(page, contractNumber, authKey);
  await expect(certificate.getByText("状態: 取消")).toBeVisible();
  await expect(certificate.getByRole("table").nth(1)).toContainText("取消");
  await page.screenshot({ path: "test-results/verify-cancelled.png", fullPage: true });
});
