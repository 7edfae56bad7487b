// 預託金払出依頼書: a contractor draws on settled lines of the approved 明細書 within what remains; the bank of
// the guarantee's 預託金融機関 pays (≤ requested) or returns each line; balances are derived from rows, so a
// 差戻し or a smaller 払出 releases the amount. Overdraws, 未定 lines and another bank's branch are refused
// and write nothing; 20 requests at once, and 20 clicks of the bank on one line, never overdraw or decide twice.
import { beforeAll, describe, expect, it } from "vitest";
import type { BankActor, ContractorActor, StaffActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { isoOfYmd, todayInJapan } from "@/lib/domain/wareki";
import { loadActor } from "@/lib/server/load-actor";
import { openDocument } from "@/lib/server/documents/open-document";
import { uploadDocument } from "@/lib/server/documents/upload-document";
import { getBankPayoutRequest } from "@/lib/server/payouts/get-bank-payout-request";
import { getBranchPayoutRequest } from "@/lib/server/payouts/get-branch-payout-request";
import { getPayoutRequestEditor } from "@/lib/server/payouts/get-payout-request-editor";
import { getPayoutSchedule } from "@/lib/server/payouts/get-payout-schedule";
import { listBankPayoutRequests } from "@/lib/server/payouts/list-bank-payout-requests";
import { listBranchPayoutRequests } from "@/lib/server/payouts/list-branch-payout-requests";
import { payPayoutLine } from "@/lib/server/payouts/pay-payout-line";
import { payoutRefusals } from "@/lib/server/payouts/payout-messages";
import { returnPayoutLine } from "@/lib/server/payouts/return-payout-line";
import { submitPayoutRequest } from "@/lib/server/payouts/submit-payout-request";
import { approveUsagePlan } from "@/lib/server/usage-plans/approve-usage-plan";
import { getUsagePlanEditor } from "@/lib/server/usage-plans/get-usage-plan-editor";
import { saveUsagePlanDraft } from "@/lib/server/usage-plans/save-usage-plan-draft";
import { submitUsagePlan } from "@/lib/server/usage-plans/submit-usage-plan";
import { auditEntriesFor } from "../support/accounts";
import { errorOf, REQUEST, seedAndStaff } from "../support/issue-fixtures";
import { issueTestGuarantees } from "../support/issued-guarantees";

const prisma = getPrisma();
let contractor: ContractorActor;
let nagano: StaffActor;
let shizuoka: StaffActor;
let bank: BankActor;
let otherBank: BankActor;

const planLine = (over: Record<string, string> = {}) => ({
  category: "MATERIAL", detail: "生コンクリート", quantity: "一式", totalAmount: "30,000,000", advanceAmount: "12,000,000",
  payoutMethod: "TRANSFER", scheduledMonth: "2026-12", payeeKind: "MATERIAL", payee: "株式会社 信濃生コン", ...over,
});
/** 20,000,000円: 12,000,000 材料費 (振込), 5,000,000 労務費 (支払先 未定), 3,000,000 仮設費 (立替払済 → 自社口座). */
const PLAN = {
  workType: "CONSTRUCTION",
  lines: [
    planLine(),
    planLine({ category: "LABOR", detail: "", totalAmount: "10,000,000", advanceAmount: "5,000,000", scheduledMonth: "2027-01", payeeKind: "SUBCONTRACTOR", payee: "" }),
    planLine({ category: "TEMPORARY", detail: "仮設道路", totalAmount: "3,000,000", advanceAmount: "3,000,000", payoutMethod: "OWN_ACCOUNT", scheduledMonth: "2027-01", payeeKind: "OTHER", payee: "〇〇建設 株式会社（立替払済）" }),
  ],
};
const ACCOUNT = { bankName: "〇〇銀行", bankBranchName: "××支店", accountType: "普通", accountNumber: "1234567", accountHolderKana: "ｶ)ｼﾅﾉﾅﾏｺﾝ" };

async function approvedPlan() {
  const { guarantees } = await issueTestGuarantees();
  const guaranteeId = guarantees.find((g) => g.kind === "ADVANCE")!.id;
  const saved = await saveUsagePlanDraft({ actor: contractor, guaranteeId, basis: { versionId: "", revision: 0, basedOn: "" }, input: PLAN });
  await submitUsagePlan({ actor: contractor, planId: saved.planId, basis: saved });
  await approveUsagePlan({ actor: nagano, planId: saved.planId, versionId: saved.versionId });
  const editor = await getPayoutRequestEditor({ actor: contractor, planId: saved.planId });
  const [material, labor, temporary] = editor.lines;
  return { guaranteeId, planId: saved.planId, material: material!, labor: labor!, temporary: temporary! };
}

const materialLine = (itemId: string, amount: string) => ({ itemId, payoutMethod: "TRANSFER", amount, ...ACCOUNT });

async function rowCounts() {
  const [requests, lines, audit, mails] = await Promise.all([prisma.payoutRequest.count(), prisma.payoutRequestLine.count(), prisma.auditEntry.count(), prisma.emailOutbox.count()]);
  return { requests, lines, audit, mails };
}

const today = () => isoOfYmd(todayInJapan());

beforeAll(async () => {
  ({ nagano, shizuoka } = await seedAndStaff());
  contractor = await loadActor("CONTRACTOR", { email: "contractor@example.jp" });
  bank = await loadActor("BANK_USER", { email: "bank@example.jp" });
  otherBank = await loadActor("BANK_USER", { email: "bank.mishima@example.jp" });
});

describe("預託金払出依頼書 送信", () => {
  it("draws on settled lines within what remains, 振込先 for 振込 and none for 自社口座への振替; the bank's inbox has it", async () => {
    const { planId, guaranteeId, material, labor, temporary } = await approvedPlan();
    expect(await prisma.guarantee.findUniqueOrThrow({ where: { id: guaranteeId } })).toMatchObject({ depositBankBranchId: bank.bankBranchId });
    expect([material.settled, labor.settled, temporary.settled]).toEqual([true, false, true]);
    const sent = await submitPayoutRequest({
      actor: contractor,
      planId,
      input: { lines: [materialLine(material.itemId, "4,000,000"), { itemId: labor.itemId, amount: "" }, { itemId: temporary.itemId, payoutMethod: "OWN_ACCOUNT", amount: "３，０００，０００" }], note: "" },
      request: REQUEST,
    });
    expect(sent.requestNo).toBe(1);
    const stored = await prisma.payoutRequestLine.findMany({ where: { requestId: sent.requestId }, orderBy: { position: "asc" } });
    expect(stored.map((l) => [l.amount, l.payoutMethod, l.accountHolderKana, l.status])).toEqual([
      [4_000_000n, "TRANSFER", "カ)シナノナマコン", "REQUESTED"],
      [3_000_000n, "OWN_ACCOUNT", null, "REQUESTED"],
    ]);
    const after = await getPayoutRequestEditor({ actor: contractor, planId });
    expect(after.lines.map((l) => l.balance.remaining)).toEqual([8_000_000n, 5_000_000n, 0n]);
    expect((await listBankPayoutRequests({ actor: bank })).waiting.map((r) => r.id)).toContain(sent.requestId);
    expect((await listBankPayoutRequests({ actor: otherBank })).recent.map((r) => r.id)).not.toContain(sent.requestId);
    expect((await auditEntriesFor(sent.requestId)).map((e) => e.action)).toEqual(["payout-request.submit"]);
  });

  it("refuses an overdraw, a 未定 line, a missing 振込先 and another company's plan, and writes nothing", async () => {
    const { planId, material, labor } = await approvedPlan();
    const before = await rowCounts();
    const over = await errorOf(submitPayoutRequest({ actor: contractor, planId, input: { lines: [materialLine(material.itemId, "12,000,001")] } }));
    expect(over?.fieldErrors).toEqual({ "lines.0.amount": "依頼額は残額（12,000,000円）以内で入力してください。" });
    const unsettled = await errorOf(submitPayoutRequest({ actor: contractor, planId, input: { lines: [{ itemId: labor.itemId, payoutMethod: "TRANSFER", amount: "100", ...ACCOUNT }] } }));
    expect(unsettled?.fieldErrors).toEqual({ "lines.0.amount": payoutRefusals.unsettled });
    // The stored 払出方法 decides: a 振込 line sent as if it were 自社口座 still needs its 振込先.
    const noAccount = await errorOf(submitPayoutRequest({ actor: contractor, planId, input: { lines: [{ itemId: material.itemId, payoutMethod: "OWN_ACCOUNT", amount: "100" }] } }));
    expect(noAccount?.fieldErrors?.["lines.0.accountNumber"]).toBe("口座番号は7桁の数字で入力してください。");
    const nothing = await errorOf(submitPayoutRequest({ actor: contractor, planId, input: { lines: [{ itemId: material.itemId, amount: "" }] } }));
    expect(nothing?.fieldErrors).toEqual({ total: "払出を依頼する行の依頼額を1行以上入力してください。" });
    const twice = await errorOf(submitPayoutRequest({ actor: contractor, planId, input: { lines: [materialLine(material.itemId, "1"), materialLine(material.itemId, "1")] } }));
    expect(twice?.fieldErrors).toEqual({ "lines.1.amount": payoutRefusals.duplicate });
    const other = await loadActor("CONTRACTOR", { email: "contractor2@example.jp" });
    expect(await errorOf(submitPayoutRequest({ actor: other, planId, input: { lines: [materialLine(material.itemId, "1")] } }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await errorOf(getPayoutRequestEditor({ actor: other, planId }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await rowCounts()).toEqual(before);
  });

  it("20 requests at once on one line: the first 12 of 1,000,000円 fit its 12,000,000円, the other 8 are told, nothing overdraws", async () => {
    const { planId, material } = await approvedPlan();
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, () => submitPayoutRequest({ actor: contractor, planId, input: { lines: [materialLine(material.itemId, "1,000,000")] } })),
    );
    const ok = outcomes.filter((o) => o.status === "fulfilled");
    const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected");
    expect(ok).toHaveLength(12);
    expect(refused.map((r) => r.reason.fieldErrors?.["lines.0.amount"])).toEqual(Array(8).fill("依頼額は残額（0円）以内で入力してください。"));
    const rows = await prisma.payoutRequest.findMany({ where: { planId }, include: { lines: true } });
    expect(rows.map((r) => r.requestNo).sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(rows.flatMap((r) => r.lines).reduce((s, l) => s + l.amount, 0n)).toBe(12_000_000n);
  });
});

describe("the bank desk", () => {
  it("pays one line (≤ requested, the rest released) and returns another (its amount released); the contractor is mailed for each", async () => {
    const { planId, material, temporary } = await approvedPlan();
    const { requestId } = await submitPayoutRequest({ actor: contractor, planId, input: { lines: [materialLine(material.itemId, "5,000,000"), { itemId: temporary.itemId, amount: "3,000,000" }] } });
    const detail = await getBankPayoutRequest({ actor: bank, requestId });
    expect(detail.planLines.map((l) => l.balance.remaining)).toEqual([7_000_000n, 5_000_000n, 0n]);
    const [paidLine, returnedLine] = detail.lines;
    const waiting = async () => (await listBankPayoutRequests({ actor: bank })).waiting.map((r) => r.id);
    expect(await waiting()).toContain(requestId);
    expect((await listBankPayoutRequests({ actor: otherBank })).waiting.map((r) => r.id)).not.toContain(requestId);

    const tooMuch = await errorOf(payPayoutLine({ actor: bank, lineId: paidLine!.id, input: { paidOn: today(), paidAmount: "5,000,001" } }));
    expect(tooMuch?.fieldErrors).toEqual({ paidAmount: "払出額は依頼額（5,000,000円）以内で入力してください。" });
    const future = await errorOf(payPayoutLine({ actor: bank, lineId: paidLine!.id, input: { paidOn: "2099-01-01", paidAmount: "1" } }));
    expect(future?.fieldErrors).toEqual({ paidOn: payoutRefusals.paidInFuture });
    expect(await errorOf(payPayoutLine({ actor: otherBank, lineId: paidLine!.id, input: { paidOn: today(), paidAmount: "1" } }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await errorOf(getBankPayoutRequest({ actor: otherBank, requestId }))).toMatchObject({ code: "NOT_FOUND" });

    await payPayoutLine({ actor: bank, lineId: paidLine!.id, input: { paidOn: today(), paidAmount: "4,800,000" }, request: REQUEST });
    expect(await waiting()).toContain(requestId); // one line is still 依頼中
    await returnPayoutLine({ actor: bank, lineId: returnedLine!.id, input: { reason: "立替払の領収書を書類送信でお送りください。" } });
    expect(await waiting()).not.toContain(requestId); // both decided: out of the inbox's waiting list
    const after = await getBankPayoutRequest({ actor: bank, requestId });
    expect(after.lines.map((l) => [l.status, l.paidAmount, l.returnReason])).toEqual([
      ["PAID", 4_800_000n, null],
      ["RETURNED", null, "立替払の領収書を書類送信でお送りください。"],
    ]);
    // 12,000,000 − 4,800,000 paid; the 200,000 not paid and the returned 3,000,000 are available again.
    expect(after.planLines.map((l) => l.balance.remaining)).toEqual([7_200_000n, 5_000_000n, 3_000_000n]);
    expect(after.total).toEqual({ planned: 20_000_000n, requested: 0n, paid: 4_800_000n, remaining: 15_200_000n });
    const mails = await prisma.emailOutbox.findMany({ where: { kind: "PAYOUT_NOTICE", idempotencyKey: { in: after.lines.map((l) => `payout:${l.id}`) } }, orderBy: { createdAt: "asc" } });
    expect(mails.map((m) => [m.toAddress, m.subject])).toEqual([
      ["contractor@example.jp", expect.stringContaining("払出が完了しました")],
      ["contractor@example.jp", expect.stringContaining("払出依頼が差し戻されました")],
    ]);
    expect(mails[0]!.textBody).toContain("払出額: 4,800,000円");
    expect((await auditEntriesFor(requestId)).map((e) => e.action)).toEqual(["payout-request.submit", "payout-request.pay", "payout-request.return"]);

    // Staff of the guarantee's branch see both; another branch's staff get NOT_FOUND.
    expect((await getBranchPayoutRequest({ actor: nagano, requestId })).lines.map((l) => l.status)).toEqual(["PAID", "RETURNED"]);
    expect((await listBranchPayoutRequests({ actor: nagano })).map((r) => r.id)).toContain(requestId);
    expect(await errorOf(getBranchPayoutRequest({ actor: shizuoka, requestId }))).toMatchObject({ code: "NOT_FOUND" });

    // 前払金払出予定: planned by month against what was paid.
    const schedule = await getPayoutSchedule({ actor: contractor, planId });
    const paidMonth = todayInJapan();
    expect(schedule.selected!.months.find((m) => m.month.year === paidMonth.year && m.month.month === paidMonth.month)?.paid).toBe(4_800_000n);
    expect(schedule.selected!.months.at(-1)!.remaining).toBe(15_200_000n);
  });

  it("20 clicks of the bank on one line decide it once, with one mail", async () => {
    const { planId, material } = await approvedPlan();
    const { requestId } = await submitPayoutRequest({ actor: contractor, planId, input: { lines: [materialLine(material.itemId, "2,000,000")] } });
    const [line] = (await getBankPayoutRequest({ actor: bank, requestId })).lines;
    const clicks = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        i % 2 === 0 ? payPayoutLine({ actor: bank, lineId: line!.id, input: { paidOn: today(), paidAmount: "2,000,000" } }) : returnPayoutLine({ actor: bank, lineId: line!.id, input: { reason: "重複" } }),
      ),
    );
    expect(clicks.filter((c) => c.status === "fulfilled")).toHaveLength(1);
    expect(clicks.filter((c): c is PromiseRejectedResult => c.status === "rejected").map((c) => c.reason.message)).toEqual(Array(19).fill(payoutRefusals.decided));
    expect(await prisma.emailOutbox.count({ where: { idempotencyKey: `payout:${line!.id}` } })).toBe(1);
    expect((await auditEntriesFor(requestId)).filter((e) => e.action !== "payout-request.submit")).toHaveLength(1);
  });

  it("opens the evidence documents of the lines deposited with it; another bank gets NOT_FOUND", async () => {
    const { planId, material } = await approvedPlan();
    const pdf = new TextEncoder().encode("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
    const { id } = await uploadDocument({ actor: contractor, input: { target: `item:${material.itemId}`, kind: "PURCHASE_ORDER" }, file: { name: "注文請書.pdf", bytes: pdf } });
    const { requestId } = await submitPayoutRequest({ actor: contractor, planId, input: { lines: [materialLine(material.itemId, "1,000")] } });
    expect((await getBankPayoutRequest({ actor: bank, requestId })).documents.map((d) => d.id)).toEqual([id]);
    expect((await openDocument({ actor: bank, documentId: id, request: REQUEST })).fileName).toBe("注文請書.pdf");
    expect(await errorOf(openDocument({ actor: otherBank, documentId: id }))).toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("使途変更 after 払出", () => {
  it("cannot take from a line less than it has paid or been asked for", async () => {
    const { guaranteeId, planId, material } = await approvedPlan();
    await submitPayoutRequest({ actor: contractor, planId, input: { lines: [materialLine(material.itemId, "10,000,000")] } });
    const editor = await getUsagePlanEditor({ actor: contractor, guaranteeId });
    const lines = editor.start!.lines.map((l) => ({ ...planLine(), itemId: l.itemId!, category: l.category, totalAmount: String(l.totalAmount), advanceAmount: String(l.advanceAmount), payoutMethod: l.payoutMethod, scheduledMonth: "2027-01", payeeKind: l.payeeKind ?? "", payee: l.payee ?? "", detail: l.detail ?? "" }));
    lines[0]!.advanceAmount = "9,000,000";
    lines[1]!.advanceAmount = "8,000,000";
    const change = await saveUsagePlanDraft({ actor: contractor, guaranteeId, basis: editor.basis, input: { workType: "CONSTRUCTION", changeReason: "材料費の減", lines } });
    await submitUsagePlan({ actor: contractor, planId, basis: change });
    const refused = await errorOf(approveUsagePlan({ actor: nagano, planId, versionId: change.versionId }));
    expect(refused?.fieldErrors).toEqual({ "lines.0.advanceAmount": payoutRefusals.planBelowPayouts(1, 10_000_000n) });
  });
});
