// After the guarantee, in Chromium: a contractor files the 前払金使途内訳明細書 (one 支払先 未定), branch staff
// approve it (forwarded to the 預託金融機関), a 前払金使途変更申込 settles the 未定 line and is approved;
// a document is uploaded (an .exe named .pdf is refused) and downloaded by staff; the 前払金請求書 PDF
// reads right (pdftotext). Every record is the test's own (support/factories.ts).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { createContractorCompany, createIssuedGuarantees, createStaffUser } from "./support/factories";
import { signIn } from "./support/sign-in";

const accept = (page: Page) => page.once("dialog", (dialog) => void dialog.accept());

async function fillLine(page: Page, legend: string, values: { category?: string; total: string; advance: string; month: string; payeeKind?: string; payee?: string }) {
  const line = page.getByRole("group", { name: legend, exact: true });
  if (values.category) await line.getByLabel("前払金を使用する項目").selectOption({ label: values.category });
  await line.getByLabel("全所要金額（円）").fill(values.total);
  await line.getByLabel("前払金使用金額（円）").fill(values.advance);
  await line.getByLabel("払出予定（年月）").fill(values.month);
  if (values.payeeKind) await line.getByLabel("支払先の区分").selectOption({ label: values.payeeKind });
  if (values.payee !== undefined) await line.getByLabel("支払先", { exact: true }).fill(values.payee);
}

test("明細書: filed with a 未定 payee, approved and forwarded, then a 使途変更 settles it", async ({ browser }) => {
  const company = await createContractorCompany();
  const [issued, staff] = await Promise.all([createIssuedGuarantees({ company, contractGuarantee: false }), createStaffUser("長野支店")]);
  const contractor = await (await browser.newContext()).newPage();
  await signIn(contractor, company.user.email, company.user.password);

  await contractor.getByRole("link", { name: "前払金使途内訳明細書" }).click();
  await contractor.getByRole("link", { name: `${issued.advance.contractNumber} の明細書を作成` }).click();
  await fillLine(contractor, "行 1", { category: "材料費", total: "30,000,000", advance: "12,000,000", month: "202612", payeeKind: "材料", payee: "株式会社 信濃生コン" });
  // The totals follow what is typed.
  await expect(contractor.getByRole("status", { name: "合計" })).toContainText("あと 8,000,000円");
  await contractor.getByRole("button", { name: "行を追加" }).click();
  await fillLine(contractor, "行 2", { category: "労務費", total: "10,000,000", advance: "８００００００", month: "2027/1", payeeKind: "下請" });
  await expect(contractor.getByRole("status", { name: "合計" })).toContainText("前払金額と一致しています");
  await contractor.getByRole("button", { name: "一時保存して申込確認へ" }).click();

  await expect(contractor.getByRole("heading", { name: /申込確認（第1版・当初）/ })).toBeVisible();
  const confirmTable = contractor.getByRole("table", { name: "申込確認: 明細書の行" });
  await expect(confirmTable.getByRole("row").nth(2)).toContainText("未定");
  await expect(confirmTable).toContainText("2027/01（令和9年1月）");
  accept(contractor);
  await contractor.getByRole("button", { name: "送信する" }).click();
  // The page now shows the sent version waiting for the branch (the button is gone with the draft).
  await expect(contractor.getByText(/に送信しました。保証会社の承認をお待ちください。$/)).toBeVisible();
  const planUrl = contractor.url();
  const planId = planUrl.split("/").pop()!;

  const desk = await (await browser.newContext()).newPage();
  await signIn(desk, staff.email, staff.password);
  await desk.goto("/staff/usage-plans");
  await desk.getByRole("table", { name: "審査待ちの明細書" }).getByRole("link", { name: issued.advance.contractNumber }).click();
  await expect(desk).toHaveURL(new RegExp(`/staff/usage-plans/${planId}$`));
  accept(desk);
  await desk.getByRole("button", { name: "承認する" }).click();
  await expect(desk.getByText(/^第1版、.* 承認・〇〇銀行　××支店へ送付済み$/)).toBeVisible();

  await contractor.reload();
  await expect(contractor.getByText(/第1版（当初）、.* 承認。〇〇銀行　××支店へ送付済み/)).toBeVisible();
  await contractor.getByRole("link", { name: "前払金使途変更申込" }).click();
  await contractor.getByLabel("変更理由").fill("労務費の下請先が決まったため");
  await contractor.getByRole("group", { name: "行 No.2" }).getByLabel("支払先", { exact: true }).fill("〇〇工務店");
  await fillLine(contractor, "行 No.1", { total: "30,000,000", advance: "11,000,000", month: "202612" });
  await fillLine(contractor, "行 No.2", { total: "10,000,000", advance: "9,000,000", month: "202701" });
  await contractor.getByRole("button", { name: "一時保存して申込確認へ（使途変更申込）" }).click();
  await expect(contractor.getByRole("heading", { name: /申込確認（第2版・使途変更）/ })).toBeVisible();
  accept(contractor);
  await contractor.getByRole("button", { name: "送信する" }).click();
  await expect(contractor.getByRole("heading", { name: /審査中の明細書（第2版・使途変更）/ })).toBeVisible();

  await desk.reload();
  await expect(desk.getByText("変更理由: 労務費の下請先が決まったため")).toBeVisible();
  accept(desk);
  await desk.getByRole("button", { name: "承認する" }).click();
  await expect(desk.getByText(/^第2版、.* 承認・〇〇銀行　××支店へ送付済み$/)).toBeVisible();

  await contractor.reload();
  const approved = contractor.getByRole("table", { name: "承認済みの明細書の行" });
  await expect(approved.getByRole("row").nth(2)).toContainText("〇〇工務店");
  await expect(approved.getByRole("row").nth(2)).toContainText("9,000,000円");
  const history = contractor.getByRole("table", { name: "明細書の履歴" });
  await expect(history.getByRole("row")).toHaveCount(3);
  await expect(history.getByRole("row").nth(1)).toContainText("使途変更");
});

test("書類送信: a PDF is sent and opened by the branch's staff; an .exe named .pdf is refused", async ({ browser }) => {
  const company = await createContractorCompany();
  const [issued, staff] = await Promise.all([createIssuedGuarantees({ company, contractGuarantee: false }), createStaffUser("長野支店")]);
  const page = await (await browser.newContext()).newPage();
  await signIn(page, company.user.email, company.user.password);
  await page.getByRole("link", { name: "書類送信" }).click();
  const form = page.getByRole("form", { name: "書類送信" });
  await form.getByLabel("添付先").selectOption({ label: `前払 ${issued.advance.contractNumber} 令和4年度 県単河川維持工事` });
  await form.getByLabel("書類の種類").selectOption({ label: "下請契約書" });
  await form.getByLabel("ファイル").setInputFiles({ name: "setup.pdf", mimeType: "application/pdf", buffer: Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]) });
  await form.getByRole("button", { name: "書類を送信する" }).click();
  await expect(form.getByText("送信できるのはPDF、JPEG、PNGのファイルだけです（ファイルの中身で判定しています）。")).toBeVisible();

  const pdf = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
  await form.getByLabel("ファイル").setInputFiles({ name: "下請契約書_〇〇工務店.pdf", mimeType: "application/pdf", buffer: pdf });
  await form.getByLabel("備考").fill("護岸工の下請契約書");
  await form.getByRole("button", { name: "書類を送信する" }).click();
  await expect(form.getByText("書類を送信しました。保証会社の受付をお待ちください。")).toBeVisible();
  const sent = page.getByRole("table", { name: "送信した書類" }).getByRole("row").filter({ hasText: "下請契約書_〇〇工務店.pdf" });
  await expect(sent).toContainText("受付待ち");

  const desk = await (await browser.newContext()).newPage();
  await signIn(desk, staff.email, staff.password);
  await desk.goto("/staff/documents");
  const row = desk.getByRole("row").filter({ hasText: "下請契約書_〇〇工務店.pdf" });
  const download = desk.waitForEvent("download");
  await row.getByRole("link", { name: "下請契約書_〇〇工務店.pdf" }).click();
  const file = await (await download).path();
  expect(fs.readFileSync(file).equals(pdf)).toBe(true);
  await row.getByRole("combobox", { name: "受付", exact: true }).selectOption({ label: "受付済" });
  await row.getByRole("button", { name: "下請契約書_〇〇工務店.pdf の受付を記録" }).click();
  await expect(desk.getByText("受付の結果を記録しました。")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("table", { name: "送信した書類" }).getByRole("row").filter({ hasText: "下請契約書_〇〇工務店.pdf" })).toContainText("受付済");
});

test("前払金請求書: the PDF names the ordering body, the 前払金, the work and the 前払金専用口座", async ({ page }) => {
  const company = await createContractorCompany();
  const issued = await createIssuedGuarantees({ company, contractGuarantee: false });
  await signIn(page, company.user.email, company.user.password);
  await page.getByRole("link", { name: "前払金請求書" }).click();
  await page.getByRole("link", { name: `${issued.advance.contractNumber} の前払金請求書` }).click();
  await page.getByLabel("請求日").fill("20261116");
  await page.getByLabel("口座番号").fill("１２３４５６７");
  await page.getByLabel("口座名義（カナ）").fill("ｲｰﾂｰｲｰｹﾝｾﾂ(ｶ");
  await page.getByRole("button", { name: "保存する" }).click();
  await expect(page.getByText("保存しました。")).toBeVisible();
  await page.reload();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "PDFをダウンロード" }).click();
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "invoice-")), "invoice.pdf");
  await (await download).saveAs(file);
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  for (const expected of ["前払金請求書", "令和8年11月16日", "長野県△△建設事務所長 様", "請求金額 20,000,000円", "令和4年度 県単河川維持工事", issued.advance.contractNumber, "〇〇銀行 ××支店", "1234567", "イーツーイーケンセツ(カ", company.companyName]) {
    expect(text).toContain(expected);
  }
});
