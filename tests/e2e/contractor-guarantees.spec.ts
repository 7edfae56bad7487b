// 保証契約一覧 → 電子保証概要 → 電子証書 window → key-notice PDF, as a contractor, on e-guarantees issued
// for a company of the test's own through the real use cases (support/factories.ts); then another
// company's user gets the same 404 on every one of those URLs.
import { execFileSync } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import { createContractorCompany, createIssuedGuarantees, type Issued } from "./support/factories";
import { signIn } from "./support/sign-in";

const PROJECT = "令和8年度 県単河川維持工事";
const toFullWidth = (text: string) => text.replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace("-", "ー");

async function rowOf(page: Page, text: string) {
  return page.getByRole("row").filter({ hasText: text });
}

/** The URLs of a company's 前払金保証 e-guarantee. */
function urlsOf(issued: Issued) {
  const detailUrl = `/netdesk/guarantees/${issued.advance.id}`;
  return { contractNumber: issued.advance.contractNumber, detailUrl, certificateUrl: `${detailUrl}/certificates/1`, pdfUrl: `${detailUrl}/key-notice` };
}

/** A company with PROJECT's 前払金保証 and 契約保証 (長野県△△建設事務所長, via 長野支店), both 電子保証. */
async function companyWithGuarantees() {
  const company = await createContractorCompany();
  const issued = await createIssuedGuarantees({ company, projectName: PROJECT, orderingBody: "長野県△△建設事務所長" });
  return { company, issued };
}

test.describe("the contractor's guarantees", () => {
  test("a contractor finds the e-guarantee, reads its key, opens the certificate and downloads the notice", async ({ page, context }) => {
    const { company } = await companyWithGuarantees();
    // A second work of the same company (佐久市), so the list has more than one work in it.
    await createIssuedGuarantees({ company, projectName: "市道1-23号線 舗装補修工事", orderingBody: "佐久市" });
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await signIn(page, company.user.email, company.user.password);
    await page.getByRole("link", { name: "保証契約一覧" }).click();
    await expect(page.getByRole("heading", { name: "保証契約一覧", level: 1 })).toBeVisible();
    // The company's four guarantees, all e-guarantees: three at least.
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
    await popup.close();

    // 「印刷」 downloads the key notice.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "印刷", exact: true }).click()]);
    expect(download.suggestedFilename()).toBe(`認証キーのお知らせ_${contractNumber}.pdf`);
    const pdfPath = test.info().outputPath("key-notice.pdf");
    await download.saveAs(pdfPath);
    const text = execFileSync("pdftotext", [pdfPath, "-"], { encoding: "utf8" });
    expect(text).toContain(authKey);
    expect(text).toContain(contractNumber);
    const pdf = await page.request.get(`${detailUrl}/key-notice`);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect(pdf.headers()["content-disposition"]).toBe(
      `attachment; filename="key-notice_${contractNumber}.pdf"; filename*=UTF-8''${encodeURIComponent(`認証キーのお知らせ_${contractNumber}.pdf`)}`,
    );
    expect(pdf.headers()["cache-control"]).toContain("no-store");
  });

  test("another company's user gets the same 404 as for a guarantee that does not exist", async ({ page }) => {
    const { contractNumber, detailUrl, certificateUrl, pdfUrl } = urlsOf((await companyWithGuarantees()).issued);
    // The other company has a 前払金保証 e-guarantee of its own (三島市, via 静岡支店).
    const other = await createContractorCompany();
    await createIssuedGuarantees({ company: other, projectName: "三島市立○○小学校 屋内運動場改修工事", orderingBody: "三島市", branch: "静岡支店", contractGuarantee: false });
    await signIn(page, other.user.email, other.user.password);
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
    const { pdfUrl } = urlsOf((await companyWithGuarantees()).issued);
    for (const url of [pdfUrl, "/netdesk/guarantees/download"]) {
      const response = await request.get(url, { maxRedirects: 0 });
      expect(response.status(), url).toBeGreaterThanOrEqual(300);
      expect(response.status(), url).toBeLessThan(400);
      expect(response.headers()["location"], url).toMatch(/\/login/);
    }
  });
});
