// Ids of the seeded demo records the matrix uses for dynamic segments, read from the list pages as
// their owners see them (no knowledge of the database needed): the flyer's application 2022-000001 and
// the 前払金保証 of 令和8年度 県単河川維持工事 (both 〇〇建設, 長野支店), 長野支店 itself, 佐久市, the signing key.
import { expect, type Browser } from "@playwright/test";
import type { StorageState } from "./api-sign-in";
import type { DemoIds } from "./route-expectations";

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

async function idInRow(browser: Browser, state: StorageState, { list, rowText, linkPrefix }: { list: string; rowText: string[]; linkPrefix: string }) {
  const context = await browser.newContext({ storageState: state });
  const page = await context.newPage();
  await page.goto(list);
  let row = page.getByRole("row");
  for (const text of rowText) row = row.filter({ hasText: text });
  const href = await row.locator(`a[href^="${linkPrefix}"]`).first().getAttribute("href");
  await context.close();
  const id = href?.slice(linkPrefix.length).match(UUID)?.[0];
  expect(id, `a ${linkPrefix}<id> link in the row of ${rowText.join(" ")} on ${list}`).toBeTruthy();
  return id!;
}

export async function findDemoIds(browser: Browser, states: { contractorA: StorageState; administrator: StorageState }, keysJson: { keys: { kid: string }[] }): Promise<DemoIds> {
  return {
    application: await idInRow(browser, states.contractorA, { list: "/netdesk/applications", rowText: ["2022-000001"], linkPrefix: "/netdesk/applications/" }),
    guarantee: await idInRow(browser, states.contractorA, { list: "/netdesk/guarantees", rowText: ["令和8年度 県単河川維持工事", "前払"], linkPrefix: "/netdesk/guarantees/" }),
    branch: await idInRow(browser, states.administrator, { list: "/admin/branches", rowText: ["長野支店"], linkPrefix: "/admin/branches/" }),
    orderingBody: await idInRow(browser, states.administrator, { list: "/admin/ordering-bodies", rowText: ["佐久市"], linkPrefix: "/admin/ordering-bodies/" }),
    keyId: keysJson.keys[0]!.kid,
  };
}
