// 前払金使途内訳明細書: a contractor files it for an issued 前払金保証 (一時保存 → 送信), the branch approves
// it (forwarded to the 預託金融機関) or returns it, a 使途変更申込 settles a 未定 payee and moves amounts
// with the total unchanged; refusals write nothing, another company or branch gets NOT_FOUND, and two
// 使途変更申込 at once: one wins, the other is told.
import { beforeAll, describe, expect, it } from "vitest";
import type { ContractorActor, StaffActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { approveUsagePlan } from "@/lib/server/usage-plans/approve-usage-plan";
import { getBranchUsagePlan } from "@/lib/server/usage-plans/get-branch-usage-plan";
import { getContractorUsagePlan } from "@/lib/server/usage-plans/get-contractor-usage-plan";
import { getUsagePlanEditor } from "@/lib/server/usage-plans/get-usage-plan-editor";
import { listBranchUsagePlans } from "@/lib/server/usage-plans/list-branch-usage-plans";
import { returnUsagePlan } from "@/lib/server/usage-plans/return-usage-plan";
import { saveUsagePlanDraft } from "@/lib/server/usage-plans/save-usage-plan-draft";
import { submitUsagePlan } from "@/lib/server/usage-plans/submit-usage-plan";
import { usagePlanRefusals } from "@/lib/server/usage-plans/usage-plan-messages";
import { loadActor } from "@/lib/server/load-actor";
import { auditEntriesFor } from "../support/accounts";
import { errorOf, REQUEST, seedAndStaff, otherContractorActor } from "../support/issue-fixtures";
import { issueTestGuarantees } from "../support/issued-guarantees";

const prisma = getPrisma();
let contractor: ContractorActor;
let otherContractor: ContractorActor;
let nagano: StaffActor;
let shizuoka: StaffActor;

const line = (over: Record<string, string> = {}) => ({
  category: "MATERIAL",
  detail: "生コンクリート",
  quantity: "一式",
  totalAmount: "30,000,000",
  advanceAmount: "12,000,000",
  payoutMethod: "TRANSFER",
  scheduledMonth: "2026-01",
  payeeKind: "MATERIAL",
  payee: "株式会社 信濃生コン",
  ...over,
});
/** The flyer's 20,000,000円: 12,000,000 材料費 + 8,000,000 労務費 (支払先 未定). */
const FULL = { workType: "CONSTRUCTION", lines: [line(), line({ category: "LABOR", detail: "", totalAmount: "10,000,000", advanceAmount: "8,000,000", payeeKind: "SUBCONTRACTOR", payee: "" })] };
const NEW = { versionId: "", revision: 0, basedOn: "" };

async function planRows() {
  const [plans, versions, lines, items, audit] = await Promise.all([
    prisma.usagePlan.count(),
    prisma.usagePlanVersion.count(),
    prisma.usagePlanLine.count(),
    prisma.usagePlanItem.count(),
    prisma.auditEntry.count(),
  ]);
  return { plans, versions, lines, items, audit };
}

async function advanceGuarantee() {
  const { guarantees } = await issueTestGuarantees();
  return guarantees.find((g) => g.kind === "ADVANCE")!.id;
}

/** A 明細書 filed and approved for a new guarantee. */
async function approvedPlan() {
  const guaranteeId = await advanceGuarantee();
  const saved = await saveUsagePlanDraft({ actor: contractor, guaranteeId, basis: NEW, input: FULL });
  await submitUsagePlan({ actor: contractor, planId: saved.planId, basis: saved });
  await approveUsagePlan({ actor: nagano, planId: saved.planId, versionId: saved.versionId });
  return { guaranteeId, planId: saved.planId, approvedVersionId: saved.versionId };
}

beforeAll(async () => {
  ({ nagano, shizuoka } = await seedAndStaff());
  contractor = await loadActor("CONTRACTOR", { email: "contractor@example.jp" });
  otherContractor = await otherContractorActor();
});

describe("filing, 送信 and 承認", () => {
  it("一時保存 may be unfinished; 送信 needs Σ = the 前払金額; 承認 puts it in force, numbers its lines and forwards it to the bank", async () => {
    const guaranteeId = await advanceGuarantee();
    const draft = await saveUsagePlanDraft({ actor: contractor, guaranteeId, basis: NEW, input: { ...FULL, lines: [line()] }, request: REQUEST });
    // 12,000,000 of 20,000,000: saved, but not sendable.
    const short = await errorOf(submitUsagePlan({ actor: contractor, planId: draft.planId, basis: draft }));
    expect(short?.fieldErrors?.total).toBe("前払金使用金額の合計（12,000,000円）が前払金額（20,000,000円）に8,000,000円足りません。合計を前払金額と同じにしてください。");
    expect((await prisma.usagePlanVersion.findUniqueOrThrow({ where: { id: draft.versionId } })).status).toBe("DRAFT");

    const saved = await saveUsagePlanDraft({ actor: contractor, guaranteeId, basis: draft, input: FULL });
    expect(saved.revision).toBe(2);
    await submitUsagePlan({ actor: contractor, planId: saved.planId, basis: saved, request: REQUEST });
    expect(await submitUsagePlan({ actor: contractor, planId: saved.planId, basis: saved })).toEqual({ versionNo: 1 }); // a second click
    const inbox = await listBranchUsagePlans({ actor: nagano });
    expect(inbox.waiting.map((r) => r.planId)).toContain(saved.planId);
    expect((await listBranchUsagePlans({ actor: shizuoka })).waiting.map((r) => r.planId)).not.toContain(saved.planId);

    const approved = await approveUsagePlan({ actor: nagano, planId: saved.planId, versionId: saved.versionId, request: REQUEST });
    expect(approved.forwardedTo).toBe("〇〇銀行　××支店");
    const plan = await getContractorUsagePlan({ actor: contractor, planId: saved.planId });
    expect(plan.approved).toMatchObject({ versionNo: 1, status: "APPROVED", forwardedTo: "〇〇銀行　××支店" });
    expect(plan.approved!.forwardedAt).toBeInstanceOf(Date);
    expect(plan.open).toBeNull();
    expect(plan.approved!.lines.map((l) => [l.itemNo, l.category, l.advanceAmount, l.payee])).toEqual([
      [1, "MATERIAL", 12_000_000n, "株式会社 信濃生コン"],
      [2, "LABOR", 8_000_000n, null],
    ]);
    expect((await auditEntriesFor(saved.planId)).map((e) => e.action)).toEqual(["usage-plan.save-draft", "usage-plan.save-draft", "usage-plan.submit", "usage-plan.approve"]);
  });

  it("差戻し carries a message; the contractor corrects and sends again", async () => {
    const guaranteeId = await advanceGuarantee();
    const saved = await saveUsagePlanDraft({ actor: contractor, guaranteeId, basis: NEW, input: FULL });
    await submitUsagePlan({ actor: contractor, planId: saved.planId, basis: saved });
    expect(await errorOf(saveUsagePlanDraft({ actor: contractor, guaranteeId, basis: saved, input: FULL }))).toMatchObject({ message: usagePlanRefusals.notEditable });
    await returnUsagePlan({ actor: nagano, planId: saved.planId, versionId: saved.versionId, input: { message: "労務費の支払先をご記入ください。" } });
    const editor = await getUsagePlanEditor({ actor: contractor, guaranteeId });
    expect(editor.start).toMatchObject({ status: "RETURNED", companyMessage: "労務費の支払先をご記入ください。" });
    const fixed = await saveUsagePlanDraft({ actor: contractor, guaranteeId, basis: editor.basis, input: { ...FULL, lines: [FULL.lines[0], { ...FULL.lines[1], payee: "〇〇工務店" }] } });
    await submitUsagePlan({ actor: contractor, planId: fixed.planId, basis: fixed });
    expect((await prisma.usagePlanVersion.findUniqueOrThrow({ where: { id: fixed.versionId } })).status).toBe("SUBMITTED");
  });
});

describe("refusals write nothing", () => {
  it("a line over its 全所要金額, the 25% item where the body does not allow it, a stale save, another company's guarantee", async () => {
    const guaranteeId = await advanceGuarantee();
    const before = await planRows();
    const over = await errorOf(saveUsagePlanDraft({ actor: contractor, guaranteeId, basis: NEW, input: { ...FULL, lines: [line({ totalAmount: "11,999,999" })] } }));
    expect(over?.fieldErrors).toEqual({ "lines.0.advanceAmount": "前払金使用金額は全所要金額以内で入力してください。" });
    const overhead = await errorOf(saveUsagePlanDraft({ actor: contractor, guaranteeId, basis: NEW, input: { ...FULL, lines: [line({ category: "OVERHEAD", advanceAmount: "1,000,000" })] } }));
    expect(overhead?.fieldErrors?.["lines.0.category"]).toContain("発注者が認めている");
    const unreadable = await errorOf(saveUsagePlanDraft({ actor: contractor, guaranteeId, basis: NEW, input: { ...FULL, lines: [line({ advanceAmount: "十二万", scheduledMonth: "2026-13" })] } }));
    expect(unreadable?.fieldErrors).toMatchObject({ "lines.0.advanceAmount": "前払金使用金額は数字で入力してください（例: 20,000,000）。", "lines.0.scheduledMonth": "払出予定は「202601」または「2026/01」の形式で入力してください。" });
    expect(await errorOf(saveUsagePlanDraft({ actor: otherContractor, guaranteeId, basis: NEW, input: FULL }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await errorOf(saveUsagePlanDraft({ actor: contractor, guaranteeId, basis: { ...NEW, versionId: "9f1c5c5e-0000-4000-8000-000000000000" }, input: FULL }))).toMatchObject({ message: usagePlanRefusals.stale });
    expect(await planRows()).toEqual(before);
  });

  it("the 25% item is accepted once the ordering body allows it: exactly 25%", async () => {
    const guaranteeId = await advanceGuarantee();
    await prisma.orderingBody.update({ where: { name: "長野県△△建設事務所長" }, data: { usageOverheadAllowed: true } });
    try {
      const lines = [line({ advanceAmount: "15,000,000" }), line({ category: "OVERHEAD", advanceAmount: "5,000,000", totalAmount: "5,000,000" })];
      const saved = await saveUsagePlanDraft({ actor: contractor, guaranteeId, basis: NEW, input: { ...FULL, lines } });
      await submitUsagePlan({ actor: contractor, planId: saved.planId, basis: saved });
      const overLines = [line({ advanceAmount: "14,999,999" }), line({ category: "OVERHEAD", advanceAmount: "5,000,001", totalAmount: "6,000,000" })];
      const fresh = await advanceGuarantee();
      const over = await errorOf(saveUsagePlanDraft({ actor: contractor, guaranteeId: fresh, basis: NEW, input: { ...FULL, lines: overLines } }));
      expect(over?.fieldErrors?.["lines.1.advanceAmount"]).toBe("現場管理費・一般管理費等は前払金額の25%（5,000,000円）以内で入力してください。");
    } finally {
      await prisma.orderingBody.update({ where: { name: "長野県△△建設事務所長" }, data: { usageOverheadAllowed: false } });
    }
  });

  it("staff of another branch cannot see, approve or return it; a contract guarantee has no 明細書", async () => {
    const guaranteeId = await advanceGuarantee();
    const saved = await saveUsagePlanDraft({ actor: contractor, guaranteeId, basis: NEW, input: FULL });
    await submitUsagePlan({ actor: contractor, planId: saved.planId, basis: saved });
    const before = await planRows();
    expect(await errorOf(getBranchUsagePlan({ actor: shizuoka, planId: saved.planId }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await errorOf(approveUsagePlan({ actor: shizuoka, planId: saved.planId, versionId: saved.versionId }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await errorOf(returnUsagePlan({ actor: shizuoka, planId: saved.planId, versionId: saved.versionId, input: { message: "x" } }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await errorOf(getContractorUsagePlan({ actor: otherContractor, planId: saved.planId }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await errorOf(returnUsagePlan({ actor: nagano, planId: saved.planId, versionId: saved.versionId, input: { message: "  " } }))).toMatchObject({ fieldErrors: { message: "差戻しの理由を入力してください。" } });
    expect(await planRows()).toEqual(before);
    const { guarantees } = await issueTestGuarantees();
    const contract = guarantees.find((g) => g.kind === "CONTRACT")!.id;
    expect(await errorOf(saveUsagePlanDraft({ actor: contractor, guaranteeId: contract, basis: NEW, input: FULL }))).toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("forged version ids", () => {
  // Found by fuzzing: an id that is not one reached PostgreSQL (a uuid column) and failed as a database
  // error — the generic message instead of 「画面を読み込み直してください」. The actions pass any text up to 64 characters.
  it("a 送信, 承認 or 差戻し naming a version by something that is not an id is told to reload, and nothing is written", async () => {
    const guaranteeId = await advanceGuarantee();
    const saved = await saveUsagePlanDraft({ actor: contractor, guaranteeId, basis: NEW, input: FULL });
    const before = await planRows();
    expect(await errorOf(submitUsagePlan({ actor: contractor, planId: saved.planId, basis: { ...saved, versionId: "not-a-uuid" } }))).toMatchObject({ code: "CONFLICT", message: usagePlanRefusals.stale });
    await submitUsagePlan({ actor: contractor, planId: saved.planId, basis: saved });
    const sent = await planRows();
    for (const versionId of ["not-a-uuid", " ", `${saved.versionId}x`]) {
      expect(await errorOf(approveUsagePlan({ actor: nagano, planId: saved.planId, versionId }))).toMatchObject({ code: "CONFLICT", message: usagePlanRefusals.notSubmitted });
      expect(await errorOf(returnUsagePlan({ actor: nagano, planId: saved.planId, versionId, input: { message: "金額をご確認ください。" } }))).toMatchObject({ code: "CONFLICT", message: usagePlanRefusals.notSubmitted });
    }
    expect(sent.audit).toBe(before.audit + 1);
    expect(await planRows()).toEqual(sent);
  });
});

describe("a cancelled guarantee", () => {
  it("has its sent 明細書 neither approved nor a new one saved", async () => {
    const guaranteeId = await advanceGuarantee();
    const saved = await saveUsagePlanDraft({ actor: contractor, guaranteeId, basis: NEW, input: FULL });
    await submitUsagePlan({ actor: contractor, planId: saved.planId, basis: saved });
    await prisma.guarantee.update({ where: { id: guaranteeId }, data: { status: "CANCELLED", cancelledAt: new Date() } });
    const before = await planRows();
    expect(await errorOf(approveUsagePlan({ actor: nagano, planId: saved.planId, versionId: saved.versionId }))).toMatchObject({ message: usagePlanRefusals.cancelled });
    expect(await errorOf(saveUsagePlanDraft({ actor: contractor, guaranteeId, basis: NEW, input: FULL }))).toMatchObject({ message: usagePlanRefusals.cancelled });
    expect(await planRows()).toEqual(before);
  });
});

describe("使途変更申込", () => {
  it("settles a 未定 payee and moves an amount, total unchanged; the approved version counts from its approval; history kept", async () => {
    const { guaranteeId, planId, approvedVersionId } = await approvedPlan();
    const editor = await getUsagePlanEditor({ actor: contractor, guaranteeId });
    expect(editor).toMatchObject({ kind: "CHANGE", basis: { versionId: "", basedOn: approvedVersionId } });
    const [material, labor] = editor.start!.lines;
    const changed = {
      workType: "CONSTRUCTION",
      changeReason: "労務費の下請先が決まったため",
      lines: [
        line({ itemId: material!.itemId!, advanceAmount: "11,000,000" }),
        line({ itemId: labor!.itemId!, category: "LABOR", totalAmount: "10,000,000", advanceAmount: "9,000,000", payeeKind: "SUBCONTRACTOR", payee: "〇〇工務店" }),
      ],
    };
    const noReason = await errorOf(saveUsagePlanDraft({ actor: contractor, guaranteeId, basis: editor.basis, input: { ...changed, changeReason: "" } }));
    expect(noReason?.fieldErrors).toEqual({ changeReason: "変更理由を入力してください。" });
    const wrongTotal = await saveUsagePlanDraft({ actor: contractor, guaranteeId, basis: editor.basis, input: { ...changed, lines: [changed.lines[0], { ...changed.lines[1], advanceAmount: "8,000,000" }] } });
    expect((await errorOf(submitUsagePlan({ actor: contractor, planId, basis: wrongTotal })))?.fieldErrors?.total).toContain("1,000,000円足りません");
    const change = await saveUsagePlanDraft({ actor: contractor, guaranteeId, basis: wrongTotal, input: changed });
    await submitUsagePlan({ actor: contractor, planId, basis: change });
    // Until approved, the first version is what counts.
    expect((await getContractorUsagePlan({ actor: contractor, planId })).approved!.id).toBe(approvedVersionId);
    await approveUsagePlan({ actor: nagano, planId, versionId: change.versionId });

    const plan = await getContractorUsagePlan({ actor: contractor, planId });
    expect(plan.approved).toMatchObject({ versionNo: 2, kind: "CHANGE", changeReason: "労務費の下請先が決まったため" });
    // The same items (No. 1 and 2), with their new values.
    expect(plan.approved!.lines.map((l) => [l.itemId, l.itemNo, l.advanceAmount, l.payee])).toEqual([
      [material!.itemId, 1, 11_000_000n, "株式会社 信濃生コン"],
      [labor!.itemId, 2, 9_000_000n, "〇〇工務店"],
    ]);
    expect(plan.versions.map((v) => [v.versionNo, v.kind, v.status])).toEqual([
      [2, "CHANGE", "APPROVED"],
      [1, "ORIGINAL", "APPROVED"],
    ]);
    expect(plan.versions[1]!.lines[1]!.payee).toBeNull(); // the history shows what was approved then
  });

  it("a line not of the approved 明細書 is refused", async () => {
    const { guaranteeId } = await approvedPlan();
    const editor = await getUsagePlanEditor({ actor: contractor, guaranteeId });
    const other = await approvedPlan();
    const foreignItem = (await getContractorUsagePlan({ actor: contractor, planId: other.planId })).approved!.lines[0]!.itemId!;
    const refused = await errorOf(saveUsagePlanDraft({ actor: contractor, guaranteeId, basis: editor.basis, input: { ...FULL, changeReason: "x", lines: [line({ itemId: foreignItem, advanceAmount: "20,000,000" })] } }));
    expect(refused?.fieldErrors).toEqual({ "lines.0.category": usagePlanRefusals.unknownItem });
  });

  it("two concurrent 変更申込 on one 明細書: one wins, the other is told, nothing is duplicated", async () => {
    const { guaranteeId, planId } = await approvedPlan();
    const editor = await getUsagePlanEditor({ actor: contractor, guaranteeId });
    const input = (payee: string) => ({
      workType: "CONSTRUCTION",
      changeReason: `支払先の確定（${payee}）`,
      lines: editor.start!.lines.map((l, i) => line({ itemId: l.itemId!, category: l.category, totalAmount: String(l.totalAmount), advanceAmount: String(l.advanceAmount), payee: i === 1 ? payee : "株式会社 信濃生コン" })),
    });
    const outcomes = await Promise.allSettled(["甲工務店", "乙工務店", "丙工務店", "丁工務店"].map((p) => saveUsagePlanDraft({ actor: contractor, guaranteeId, basis: editor.basis, input: input(p) })));
    const won = outcomes.filter((o) => o.status === "fulfilled");
    const told = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected");
    expect(won).toHaveLength(1);
    expect(told.map((o) => o.reason.message)).toEqual([usagePlanRefusals.alreadyOpen, usagePlanRefusals.alreadyOpen, usagePlanRefusals.alreadyOpen]);
    const versions = await prisma.usagePlanVersion.findMany({ where: { planId }, orderBy: { versionNo: "asc" } });
    expect(versions.map((v) => [v.versionNo, v.status])).toEqual([
      [1, "APPROVED"],
      [2, "DRAFT"],
    ]);
    // Two saves of the one open draft at once: one is kept, the other is told it was overtaken.
    const open = (won[0] as PromiseFulfilledResult<{ planId: string; versionId: string; revision: number }>).value;
    const saves = await Promise.allSettled(["戊工務店", "己工務店"].map((p) => saveUsagePlanDraft({ actor: contractor, guaranteeId, basis: open, input: input(p) })));
    expect(saves.filter((s) => s.status === "fulfilled")).toHaveLength(1);
    expect(saves.filter((s) => s.status === "rejected").map((s) => (s as PromiseRejectedResult).reason.message)).toEqual([usagePlanRefusals.stale]);
    expect(await prisma.usagePlanLine.count({ where: { versionId: open.versionId } })).toBe(2);
  });
});
