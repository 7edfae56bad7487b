// Filling the 保証申込 form as a user does, by the controls' accessible names (their labels).
import { expect, type Locator, type Page } from "@playwright/test";

export const guarantee = (page: Page, name: "前払金保証" | "契約保証") => page.getByRole("group", { name, exact: true });

export async function openNewApplication(page: Page) {
  await page.goto("/netdesk");
  await page.getByRole("link", { name: "保証申込（前払・中間・契約）" }).click();
  await page.getByRole("link", { name: "申込の作成(新規)" }).click();
  await expect(page.getByRole("heading", { name: /申込の作成\(新規\)/ })).toBeVisible();
}

const radio = (scope: Page | Locator, group: string, option: string) =>
  scope.getByRole("group", { name: group, exact: true }).getByRole("radio", { name: option, exact: true });

/** The flyer's application; `overrides` changes single values (e.g. the ordering body). */
export async function fillFlyerApplication(page: Page, overrides: { orderingBody?: string; advanceAmount?: string; projectName?: string } = {}) {
  await page.getByLabel("発注者名", { exact: true }).fill(overrides.orderingBody ?? "佐久市");
  await page.getByLabel("工事名", { exact: true }).fill(overrides.projectName ?? "令和4年度 県単河川維持工事");
  await page.getByLabel("工事場所", { exact: true }).fill("長野県佐久市中込 地内");
  await page.getByLabel("請負金額", { exact: true }).fill("50,000,000");
  await page.getByLabel("着工日", { exact: true }).fill("20221101");
  await page.getByLabel("完成日", { exact: true }).fill("20230331");
  await page.getByLabel("契約日", { exact: true }).fill("20221101");

  await page.getByLabel("前払金保証を申し込む", { exact: true }).check();
  const advance = guarantee(page, "前払金保証");
  await radio(advance, "保証証書の形式について", "電子保証(認証キーを含む)").check();
  await advance.getByLabel("前払金保証金額", { exact: true }).fill(overrides.advanceAmount ?? "20,000,000");
  // Typed half-width (the space): converted to full-width as the user types.
  await advance.getByLabel("預託金融機関(全角)", { exact: true }).pressSequentially("〇〇銀行 ××支店");
  await radio(advance, "再預託利用区分", "再預託を利用しない").check();
  await advance.getByLabel("前払金保証料支払方法", { exact: true }).selectOption({ label: "一括納付" });
  await radio(advance, "保証料計算書(紙)について", "希望しない").check();

  await page.getByLabel("契約保証を申し込む", { exact: true }).check();
  const contract = guarantee(page, "契約保証");
  await radio(contract, "保証証書の形式について", "電子保証(認証キーを含む)").check();
  await contract.getByLabel("契約保証金額", { exact: true }).fill("5,000,000");
  await contract.getByLabel("契約保証料支払方法", { exact: true }).selectOption({ label: "一括納付" });
  await radio(contract, "保証料計算書(紙)について", "希望しない").check();

  await radio(page, "受注区分", "一般競争入札").check();
  await page.getByLabel("落札日", { exact: true }).fill("20221031");

  await page.getByLabel("申込送信先", { exact: true }).selectOption({ label: "長野支店" });
  await radio(page, "受取方法", "送付").check();
  await radio(page, "電子保証発行完了のお知らせ", "希望する").check();
  await page.getByLabel("メールアドレス", { exact: true }).fill("soumu@marumaru-kensetsu.example.jp");
}

/** 申込確認 (where `onConfirm` may look at the summary) → 送信 of the filled form; answers the 申込番号 the 送信完了 page shows. */
export async function confirmAndSend(page: Page, onConfirm?: () => Promise<void>): Promise<string> {
  await page.getByRole("button", { name: "申込確認へ" }).click();
  await onConfirm?.();
  await page.getByRole("button", { name: "送信する" }).click();
  await expect(page.getByRole("heading", { name: "送信完了" })).toBeVisible();
  return page.locator(".application-number strong").innerText();
}
