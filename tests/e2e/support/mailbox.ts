import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Opens /dev/mailbox (demo mode: the app's own SMTP server keeps every mail) and returns the newest
 * message to `to` with `subject`, reloading until the worker has delivered it, opened: the mailbox opens
 * only its newest mail, and with specs running side by side another one may have arrived since.
 */
export async function openMailboxMessage(page: Page, { to, subject, containing }: { to: string; subject: string; containing?: string }): Promise<Locator> {
  await page.goto("/dev/mailbox");
  const message = page
    .locator("details", { hasText: to })
    .filter({ hasText: subject })
    .filter({ hasText: containing ?? subject })
    .first();
  await expect(async () => {
    await page.reload();
    await expect(message).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  if (!(await message.evaluate((details) => (details as HTMLDetailsElement).open))) await message.locator("summary").click();
  await expect(message).toHaveAttribute("open", "");
  return message;
}
