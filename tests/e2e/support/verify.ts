import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Opens /verify the way the key notice's QR code does (both values in the URL fragment), checks the
 * fields were filled in and the key left the address bar, presses 照会する, and returns the certificate.
 */
export async function verifyAs(page: Page, contractNumber: string, authKey: string): Promise<Locator> {
  await page.goto(`/verify#${new URLSearchParams({ contractNumber, authKey })}`);
  await expect(page.getByLabel("保証契約番号")).toHaveValue(contractNumber);
  await expect(page.getByLabel("認証キー")).toHaveValue(authKey);
  await expect(page).not.toHaveURL(/authKey=/); // dropped from the address bar once read
  await page.getByRole("button", { name: "照会する" }).click();
  return page.getByRole("region", { name: `電子証書（${contractNumber}）` });
}

/** The 認証キー as printed in the key-notice PDF's text (pdftotext -layout). */
export function keyFromNoticeText(text: string): { contractNumber: string; authKey: string } {
  const contractNumber = /\d{5}-\d{5}[A-Z]/.exec(text)![0];
  const authKey = /認証キー\s*\n\s*((?:[A-Za-z0-9]\s*){12})\n/.exec(text)![1]!.replace(/\s/g, "");
  return { contractNumber, authKey };
}
