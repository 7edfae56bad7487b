// 前払金請求書: the PDF of one guarantee, from the ordering body's template, read as a person reads it
// (pdftotext, and pdftoppm renders it); another company's guarantee and a contract guarantee are
// NOT_FOUND; 発注者へ提出 can carry it in the same mail as the key notice.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { ContractorActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { buildAttachments } from "@/lib/mail/attachments";
import { buildAdvanceInvoice } from "@/lib/server/invoices/build-advance-invoice";
import { saveAdvanceInvoice } from "@/lib/server/invoices/save-advance-invoice";
import { issueKeySubmissionToken } from "@/lib/server/guarantees/issue-key-submission-token";
import { INVOICE_NOT_READY, submitKeyToOrderingBody } from "@/lib/server/guarantees/submit-key-to-ordering-body";
import { loadActor } from "@/lib/server/load-actor";
import { errorOf, seedAndStaff, otherContractorActor } from "../support/issue-fixtures";
import { issueTestGuarantees } from "../support/issued-guarantees";

const prisma = getPrisma();
let contractor: ContractorActor;
let otherContractor: ContractorActor;
let advanceId: string;
let contractId: string;

const INPUT = { invoiceDate: "２０２６０１０５", accountType: "普通", accountNumber: "1234567", accountHolder: "ﾏﾙﾏﾙｹﾝｾﾂ(ｶ" };

/** pdftotext's layout spaces (and the full-width ones) as one space. */
const flat = (text: string) => text.replace(/\s+/g, " ");

function textOf(bytes: Uint8Array): { text: string; dir: string; file: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "netdesk-invoice-"));
  const file = path.join(dir, "invoice.pdf");
  fs.writeFileSync(file, bytes);
  return { text: execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }), dir, file };
}

beforeAll(async () => {
  await seedAndStaff();
  contractor = await loadActor("CONTRACTOR", { email: "contractor@example.jp" });
  otherContractor = await otherContractorActor();
  const { guarantees } = await issueTestGuarantees();
  advanceId = guarantees.find((g) => g.kind === "ADVANCE")!.id;
  contractId = guarantees.find((g) => g.kind === "CONTRACT")!.id;
});

describe("前払金請求書", () => {
  it("prints 宛先, 請求金額 = the 前払金, 工事名, 契約日, 保証契約番号, the 前払金専用口座 and the company", async () => {
    expect(await errorOf(buildAdvanceInvoice({ actor: contractor, guaranteeId: advanceId }))).toMatchObject({ code: "NOT_FOUND" }); // no 振込先 yet
    await saveAdvanceInvoice({ actor: contractor, guaranteeId: advanceId, input: INPUT });
    const guarantee = await prisma.guarantee.findUniqueOrThrow({ where: { id: advanceId } });
    const { text, dir, file } = textOf((await buildAdvanceInvoice({ actor: contractor, guaranteeId: advanceId })).bytes);
    for (const expected of [
      "前払金請求書",
      "令和8年1月5日",
      "長野県△△建設事務所長　様",
      "請求金額　20,000,000円",
      "令和○年度 県単河川維持工事",
      "令和4年",
      guarantee.contractNumber,
      "〇〇銀行　××支店",
      "普通",
      "1234567",
      "マルマルケンセツ(カ", // half-width kana folded to full-width
      "〇〇建設 株式会社",
      "〒380-8537 長野県 長野市 南石堂町 1230-6",
      "下記工事の請負契約に基づき、前払金を下記のとおり請求します。",
    ]) {
      expect(flat(text)).toContain(flat(expected));
    }
    execFileSync("pdftoppm", ["-png", "-r", "40", "-singlefile", file, path.join(dir, "page")]);
    expect(fs.statSync(path.join(dir, "page.png")).size).toBeGreaterThan(2_000);
  });

  it("uses the ordering body's template", async () => {
    await prisma.orderingBody.update({ where: { name: "長野県△△建設事務所長" }, data: { invoiceAddressee: "長野県知事　阿部 守一　様", invoiceStatement: "長野県建設工事請負契約約款第35条の規定により、前払金を請求します。" } });
    try {
      const { text } = textOf((await buildAdvanceInvoice({ actor: contractor, guaranteeId: advanceId })).bytes);
      expect(flat(text)).toContain(flat("長野県知事　阿部 守一　様"));
      expect(flat(text)).toContain("長野県建設工事請負契約約款第35条の規定により、前払金を請求します。");
    } finally {
      await prisma.orderingBody.update({ where: { name: "長野県△△建設事務所長" }, data: { invoiceAddressee: null, invoiceStatement: null } });
    }
  });

  it("another company's guarantee and a contract guarantee: NOT_FOUND, nothing written; bad input: messages per field", async () => {
    const before = await prisma.auditEntry.count();
    expect(await errorOf(saveAdvanceInvoice({ actor: otherContractor, guaranteeId: advanceId, input: INPUT }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await errorOf(buildAdvanceInvoice({ actor: otherContractor, guaranteeId: advanceId }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await errorOf(saveAdvanceInvoice({ actor: contractor, guaranteeId: contractId, input: INPUT }))).toMatchObject({ code: "NOT_FOUND" });
    expect((await errorOf(saveAdvanceInvoice({ actor: contractor, guaranteeId: advanceId, input: { ...INPUT, accountNumber: "12-345", accountHolder: "山田" } })))?.fieldErrors).toEqual({
      accountNumber: "口座番号は7桁の数字で入力してください。",
      accountHolder: "口座名義はカタカナ（全角または半角）で入力してください（例: マルマルケンセツ（カ）。",
    });
    expect(await prisma.auditEntry.count()).toBe(before);
  });

  it("発注者へ提出 attaches it to the key-notice mail when asked, and refuses when there is none", async () => {
    await prisma.orderingBody.update({ where: { name: "長野県△△建設事務所長" }, data: { keySubmissionEmail: "keiyaku@pref.example.jp" } });
    const { guarantees } = await issueTestGuarantees();
    const fresh = guarantees.find((g) => g.kind === "ADVANCE")!.id;
    const token = await issueKeySubmissionToken({ actor: contractor, guaranteeId: fresh });
    expect((await errorOf(submitKeyToOrderingBody({ actor: contractor, guaranteeId: fresh, input: { to: "", submissionToken: token, attachInvoice: "on" } })))?.fieldErrors).toEqual({ attachInvoice: INVOICE_NOT_READY });

    const sent = await submitKeyToOrderingBody({ actor: contractor, guaranteeId: advanceId, input: { to: "", submissionToken: await issueKeySubmissionToken({ actor: contractor, guaranteeId: advanceId }), attachInvoice: "on" } });
    const outbox = await prisma.emailOutbox.findUniqueOrThrow({ where: { id: sent.outboxId } });
    const files = await buildAttachments(outbox.attachments);
    expect(files.map((f) => f.filename)).toEqual([expect.stringMatching(/^認証キーのお知らせ_/), expect.stringMatching(/^前払金請求書_37071-/)]);
    expect(flat(textOf(files[1]!.content).text)).toContain("請求金額 20,000,000円");
  });
});
