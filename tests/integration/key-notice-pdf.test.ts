// The key notice checked as a reader would: its text (pdftotext), its size, and that it renders
// (pdftoppm). Both tools come from poppler-utils, which .ci/run installs.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildKeyNoticePdf, keyNoticeFileName, verifyLinkWithFragment, type KeyNoticeData } from "@/lib/pdf/key-notice";

const data: KeyNoticeData = {
  orderingBodyName: "長野県△△建設事務所長",
  contractorName: "〇〇建設 株式会社",
  jvName: null,
  contractNumber: "37071-00000M",
  productName: "前払金保証",
  projectName: "令和○年度 県単河川維持工事（その２）護岸工・根固め工・付帯工の一式を含む長い工事名の折り返し確認",
  contractAmount: 2_345_678_901n,
  guaranteeAmount: 938_271_560n,
  depositBank: "〇〇銀行 ××支店",
  issuedAt: new Date("2022-11-01T06:00:00Z"),
  authKey: "Z28YUE4J3Bux",
  suretyName: "東日本建設業保証株式会社 長野支店",
  verifyPageUrl: "https://netdesk.example.jp/verify",
  createdAt: new Date("2026-11-23T01:00:00Z"),
};

function writeTemp(bytes: Uint8Array): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "netdesk-pdf-"));
  const file = path.join(dir, "notice.pdf");
  fs.writeFileSync(file, bytes);
  return file;
}

describe("key-notice PDF", () => {
  it("states everything the ordering body needs, in extractable Japanese text", async () => {
    const file = writeTemp(await buildKeyNoticePdf(data));
    const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
    for (const expected of [
      "電子保証にかかる「認証キー」のお知らせ",
      "長野県△△建設事務所長",
      "〇〇建設 株式会社",
      "37071-00000M",
      "Z28YUE4J3Bux",
      "前払金保証",
      "2,345,678,901円",
      "938,271,560円",
      "〇〇銀行 ××支店",
      "令和4年11月1日 15時00分",
      "2022/11/01 15:00",
      "https://netdesk.example.jp/verify",
      "東日本建設業保証株式会社 長野支店",
      "保証証書ではありません",
    ]) {
      expect(text).toContain(expected);
    }
    // The long 工事名 wraps but loses no character.
    expect(text.replace(/\s+/g, "")).toContain(data.projectName.replace(/\s+/g, ""));
  });

  it("is A4, small, and renders to a non-blank page", async () => {
    const bytes = await buildKeyNoticePdf(data);
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
    expect(bytes.length).toBeLessThan(200 * 1024);
    const file = writeTemp(bytes);
    const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
    expect(info).toMatch(/Page size:\s+595\.2\d? x 841\.8\d? pts \(A4\)/);
    expect(info).toMatch(/Pages:\s+1\n/); // a two-line 工事名 still fits on one sheet
    execFileSync("pdftoppm", ["-png", "-r", "40", file, path.join(path.dirname(file), "page")]);
    const png = fs.readFileSync(path.join(path.dirname(file), "page-1.png"));
    expect(png.length).toBeGreaterThan(5_000);
  });

  it("omits the deposit bank for a contract guarantee and names JV and representative", async () => {
    const file = writeTemp(await buildKeyNoticePdf({ ...data, productName: "契約保証", depositBank: null, jvName: "〇〇・△△特定建設工事共同企業体" }));
    const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
    expect(text).not.toContain("預託金融機関");
    expect(text).toContain("〇〇・△△特定建設工事共同企業体");
  });

  it("moves the footer to a second page rather than lose it when the 工事名 is very long", async () => {
    const file = writeTemp(await buildKeyNoticePdf({ ...data, projectName: data.projectName.repeat(4) }));
    const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
    expect(execFileSync("pdfinfo", [file], { encoding: "utf8" })).toMatch(/Pages:\s+2\n/);
    expect(text).toContain("東日本建設業保証株式会社 長野支店");
    expect(text).toContain("Z28YUE4J3Bux");
  });
});

describe("verifyLinkWithFragment", () => {
  it("carries the number and key in the fragment only", () => {
    const link = verifyLinkWithFragment("https://netdesk.example.jp/verify", "37071-00000M", "Z28YUE4J3Bux");
    const url = new URL(link);
    expect(url.pathname).toBe("/verify");
    expect(url.search).toBe("");
    expect(new URLSearchParams(url.hash.slice(1)).get("authKey")).toBe("Z28YUE4J3Bux");
    expect(keyNoticeFileName("37071-00000M")).toBe("認証キーのお知らせ_37071-00000M.pdf");
  });
});
