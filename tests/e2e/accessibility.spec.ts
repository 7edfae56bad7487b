// axe-core on every page of the three roles (and the public ones): no serious or critical WCAG 2.1 AA
// violation. Detail pages are reached through the links of their lists, on the seeded demo data.
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousViolations, firstHref } from "./support/axe";
import { signIn } from "./support/sign-in";

const UUID = "[0-9a-f-]{36}";

async function checkAll(page: Page, paths: string[]) {
  for (const path of paths) {
    await page.goto(path);
    await expectNoSeriousViolations(page, path);
  }
}

// The contractor's e-guarantee, read on its 電子保証概要 page, for the verification test below.
let demoKey: { contractNumber: string; authKey: string } | undefined;

test.describe.configure({ mode: "serial" });

test("public pages, the 404 page and the demo mailbox", async ({ page }) => {
  await checkAll(page, ["/login", "/verify", "/api-docs", "/ordering-bodies", "/password/forgot", "/password/reset", "/account/setup", "/no-such-page", "/dev/mailbox"]);
});

test("contractor pages, the certificate window and the 403 page", async ({ page }) => {
  await signIn(page, "contractor@example.jp");
  await checkAll(page, ["/netdesk", "/netdesk/applications", "/netdesk/applications/new", "/netdesk/guarantees", "/netdesk/profile", "/account/password"]);

  await page.goto("/netdesk/applications");
  await checkAll(page, [await firstHref(page, new RegExp(`^/netdesk/applications/${UUID}$`))]);

  await page.goto("/netdesk/guarantees");
  const detail = await firstHref(page, new RegExp(`^/netdesk/guarantees/${UUID}$`));
  await checkAll(page, [detail]);
  demoKey = {
    contractNumber: (await page.locator(".gl-number").first().innerText()).trim(),
    authKey: (await page.getByTestId("auth-key").innerText()).trim(),
  };
  await checkAll(page, [await firstHref(page, new RegExp(`^/netdesk/guarantees/${UUID}/certificates/\\d+$`))]);

  const forbidden = await page.goto("/staff");
  expect(forbidden?.status()).toBe(403);
  await expectNoSeriousViolations(page, "403");
});

test("the verification page showing a certificate", async ({ page }) => {
  expect(demoKey).toBeDefined();
  await page.goto("/verify");
  await page.getByLabel("保証契約番号").fill(demoKey!.contractNumber);
  await page.getByLabel("認証キー").fill(demoKey!.authKey);
  await page.getByRole("button", { name: "照会する" }).click();
  await expect(page.getByRole("heading", { name: /^電子証書/ })).toBeVisible();
  await expectNoSeriousViolations(page, "/verify with a certificate");
});

test("staff pages", async ({ page }) => {
  await signIn(page, "staff.nagano@example.jp");
  const lists = ["/staff", "/staff/applications", "/staff/guarantees", "/staff/audit", "/staff/contractors"];
  await checkAll(page, lists);
  // One detail page per list, found through the list's own links.
  for (const [list, area] of [["/staff/applications", "applications"], ["/staff/guarantees", "guarantees"]]) {
    await page.goto(list!);
    await checkAll(page, [await firstHref(page, new RegExp(`^/staff/${area}/${UUID}$`))]);
  }
});

test("administrator pages", async ({ page }) => {
  await signIn(page, "admin@example.jp");
  await checkAll(page, ["/admin", "/admin/ordering-bodies", "/admin/ordering-bodies/new", "/admin/branches", "/admin/branches/new", "/admin/administrators"]);
  for (const area of ["ordering-bodies", "branches"]) {
    await page.goto(`/admin/${area}`);
    await checkAll(page, [await firstHref(page, new RegExp(`^/admin/${area}/${UUID}$`))]);
  }
});

test("ordering body pages", async ({ page }) => {
  await signIn(page, "verifier@saku.example.jp");
  await checkAll(page, ["/ordering-body", "/ordering-body/guarantees"]);
});
