// 保証契約一覧 → 電子保証概要 → 電子証書 window → key-notice PDF, as contractor@example.jp, on the demo
// e-guarantees issued at seed time through the real issue use case; then contractor2@example.jp gets the
// same 404 on every one of those URLs.
import { execFileSync } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/sign-in";

const PROJECT = "令和8年度 県単河川維持工事";
const toFullWidth = (text: string) => text.replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace("-", "ー");

type Found = { contractNumber: string; detailUrl: string; certificateUrl: string; pdfUrl: string };
let found: Found | undefined;

async function rowOf(page: Page, text: string) {
  return page.getByRole("row").filter({ hasText: text });
}

test.describe.serial("the contractor's guarantees", () => {
  test("contractor@example.jp finds the e-guarantee, reads its key, opens the certificate and downloads the notice", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await signIn(page, "contractor@example.jp");
    await page.getByRole("link", { name: "保証契約一覧" }).click();
    await expect(page.getByRole("heading", { name: "保証契約一覧", level: 1 })).toBeVisible();
    // Other specs may issue more guarantees on the same server before this one: the seeded four at least.
    await expect(page.getByText(/^全\d+ページ\((\d+)件\)中の1ページ目を表示しています$/)).toBeVisible();
    expect(await page.getByRole("row").filter({ has: page.getByRole("link", { name: /の電子保証概要$/ }) }).count()).toBeGreaterThanOrEqual(3);
    await expect(page.getByRole("link", { name: "電子保証（認証キー）" })).toHaveAttribute("aria-current", "page");
    await page.screenshot({ path: "test-results/guarantee-list.png", fullPage: true });

    // 範囲検索: the filter goes into the URL and survives a reload.
    await page.getByLabel("工事名").fill("県単河川");
    await page.getByLabel("保証種類").selectOption("ADVANCE");
    await page.getByRole("search", { name: "範囲検索" }).getByRole("button", { name: "検索" }).click();
    await expect(page).toHaveURL(/kind=ADVANCE/);
    await expect(page).toHaveURL(/project=/);
    await page.reload();
    await expect(page.getByText("全1ページ(1件)中の1ページ目を表示しています")).toBeVisible();
    const row = await rowOf(page, PROJECT);
    await expect(row).toHaveCount(1);
    await expect(row).toContainText("前払");
    await expect(row).toContainText("長野県△△建設事務所長");
    await expect(row).toContainText("50,000,000円");
    const contractNumber = (await row.locator(".gl-number").innerText()).trim();
    expect(contractNumber).toMatch(/^37071-\d{5}[A-Z]$/);

    // ピンポイント検索, typed in full-width digits with a long-vowel mark for the hyphen.
    await page.getByLabel("保証契約番号").fill(toFullWidth(contractNumber));
    await page.getByRole("search", { name: "ピンポイント検索" }).getByRole("button", { name: "検索" }).click();
    await expect(page.getByText("全1ページ(1件)中の1ページ目を表示しています")).toBeVisible();
    await expect(page.getByLabel("保証契約番号")).toHaveValue(contractNumber);

    // The CSV of this search: BOM, header, one row.
    const csv = await page.request.get(`/netdesk/guarantees/download?number=${contractNumber}`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const csvBytes = await csv.body();
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csvLines = csvBytes.toString("utf8").split("\r\n");
    expect(csvLines[0]).toContain("No.,保証種類,保証契約番号");
    expect(csvLines[1]).toContain(`${contractNumber},前払金保証`);
    expect(csvLines).toHaveLength(3);

    // 電子保証概要
    await (await rowOf(page, PROJECT)).getByRole("link", { name: `${contractNumber} の電子保証概要` }).click();
    await expect(page.getByRole("heading", { name: /電子保証概要（前払金保証）/ })).toBeVisible();
    const detailUrl = new URL(page.url()).pathname;
    const authKey = (await page.getByTestId("auth-key").innerText()).trim();
    expect(authKey).toMatch(/^[A-Za-z0-9]{12}$/);
    await expect(page.getByRole("row", { name: /保証契約番号/ })).toContainText(contractNumber);
    await expect(page.getByText("〇〇銀行 ××支店")).toBeVisible();
    await expect(page.getByText("発注者による確認:")).toContainText("未確認");
    await page.getByRole("button", { name: "コピー" }).click();
    await expect(page.getByText("コピーしました")).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(authKey);
    await page.screenshot({ path: "test-results/guarantee-detail.png", fullPage: true });

    // 「選択」 opens the certificate in its own window.
    const [popup] = await Promise.all([page.waitForEvent("popup"), page.getByRole("link", { name: "No.1 の電子証書を別ウィンドウで表示" }).click()]);
    await popup.waitForLoadState();
    await expect(popup.getByRole("heading", { name: "前払金保証証書" })).toBeVisible();
    await expect(popup.getByText(`保証契約番号 ${contractNumber}`)).toBeVisible();
    await expect(popup.getByRole("row", { name: /預託金融機関/ })).toContainText("〇〇銀行 ××支店");
    await expect(popup.getByRole("banner").filter({ hasText: "ログアウト" })).toHaveCount(0); // a clean sheet, no site header
    await popup.screenshot({ path: "test-results/certificate-window.png", fullPage: true });
    await popup.emulateMedia({ media: "print" });
    await expect(popup.getByRole("button", { name: "印刷" })).toBeHidden();
    // Printed, the certificate is one A4 sheet with its text intact.
    const printedPath = test.info().outputPath("certificate-print.pdf");
    await popup.pdf({ path: printedPath, preferCSSPageSize: true, printBackground: true });
    expect(execFileSync("pdfinfo", [printedPath], { encoding: "utf8" })).toMatch(/Pages:\s+1\n[\s\S]*Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(execFileSync("pdftotext", [printedPath, "-"], { encoding: "utf8" })).toContain(contractNumber);
    const certificateUrl = new URL(popup.url()).pathname;
    await popup.close();

    // 「印刷」 downloads the key notice.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "印刷", exact: true }).click()]);
    expect(download.suggestedFilename()).toBe(`認証キーのお知らせ_${contractNumber}.pdf`);
    const pdfPath = test.info().outputPath("key-notice.pdf");
    await download.saveAs(pdfPath);
    const text = execFileSync("pdftotext", [pdfPath, "-"], { encoding: "utf8" });
    expect(text).toContain(authKey);
    expect(text).toContain(contractNumber);
    const pdfUrl = `${detailUrl}/key-notice`;
    const pdf = await page.request.get(pdfUrl);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect(pdf.headers()["content-disposition"]).toBe(
      `attachment; filename="key-notice_${contractNumber}.pdf"; filename*=UTF-8''${encodeURIComponent(`認証キーのお知らせ_${contractNumber}.pdf`)}`,
    );
    expect(pdf.headers()["cache-control"]).toContain("no-store");

    found = { contractNumber, detailUrl, certificateUrl, pdfUrl };
  });

  test("contractor2@example.jp gets the same 404 as for a guarantee that does not exist", async ({ page }) => {
    expect(found).toBeDefined();
    const { contractNumber, detailUrl, certificateUrl, pdfUrl } = found!;
    await signIn(page, "contractor2@example.jp");
    for (const url of [detailUrl, certificateUrl, "/netdesk/guarantees/00000000-0000-4000-8000-000000000000"]) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(404);
      await expect(page.getByRole("heading", { name: "ページが見つかりません（404）" })).toBeVisible();
      await expect(page.getByText(contractNumber)).toHaveCount(0);
    }
    await page.screenshot({ path: "test-results/guarantee-404.png" });
    const pdf = await page.request.get(pdfUrl);
    expect(pdf.status()).toBe(404);
    const missingPdf = await page.request.get("/netdesk/guarantees/00000000-0000-4000-8000-000000000000/key-notice");
    expect(missingPdf.status()).toBe(404);
    expect(await pdf.text()).toBe(await missingPdf.text());

    await page.goto(`/netdesk/guarantees?number=${contractNumber}`);
    await expect(page.getByText("全1ページ(0件)中の1ページ目を表示しています")).toBeVisible();
    const csv = await page.request.get(`/netdesk/guarantees/download?number=${contractNumber}`);
    expect((await csv.text()).split("\r\n")).toHaveLength(2); // the header only
    await page.goto("/netdesk/guarantees");
    await expect(page.getByText("三島市立○○小学校 屋内運動場改修工事")).toBeVisible();
    await expect(page.getByText(PROJECT)).toHaveCount(0);
  });

  test("signed out, the PDF and CSV send you to the login page", async ({ request }) => {
    expect(found).toBeDefined();
    for (const url of [found!.pdfUrl, "/netdesk/guarantees/download"]) {
      const response = await request.get(url, { maxRedirects: 0 });
      expect(response.status(), url).toBeGreaterThanOrEqual(300);
      expect(response.status(), url).toBeLessThan(400);
      expect(response.headers()["location"], url).toMatch(/\/login/);
    }
  });
});
