// The staff dashboard counts the branch's own work: applications per state and the mails the worker gave
// up on, never another branch's; the failed-mail list shows the same rows.
import { beforeAll, describe, expect, it } from "vitest";
import type { StaffActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { getStaffDashboard } from "@/lib/server/dashboard/get-staff-dashboard";
import { issueGuarantees } from "@/lib/server/guarantees/issue-guarantees";
import { listBranchFailedMails } from "@/lib/server/mail/list-branch-failed-mails";
import type { ContractorActor } from "@/lib/auth/actor";
import { listBranchApplications } from "@/lib/server/applications/list-branch-applications";
import { listBranchFeeTasks } from "@/lib/server/fees/list-branch-fee-tasks";
import { markFeeStatementMailed } from "@/lib/server/fees/mark-fee-statement-mailed";
import { recordFeesReceived } from "@/lib/server/fees/record-fees-received";
import { loadActor } from "@/lib/server/load-actor";
import { returnPayoutLine } from "@/lib/server/payouts/return-payout-line";
import { submitPayoutRequest } from "@/lib/server/payouts/submit-payout-request";
import { approveUsagePlan } from "@/lib/server/usage-plans/approve-usage-plan";
import { saveUsagePlanDraft } from "@/lib/server/usage-plans/save-usage-plan-draft";
import { submitUsagePlan } from "@/lib/server/usage-plans/submit-usage-plan";
import { copyOfFlyerApplication, errorOf, seedAndStaff } from "../support/issue-fixtures";

const prisma = getPrisma();
let nagano: StaffActor;
let shizuoka: StaffActor;

const countsOf = async (actor: StaffActor): Promise<Record<string, number>> => Object.fromEntries((await getStaffDashboard({ actor })).map((c) => [c.id, c.count]));

let contractor: ContractorActor;

beforeAll(async () => {
  ({ nagano, shizuoka } = await seedAndStaff());
  contractor = await loadActor("CONTRACTOR", { email: "contractor@example.jp" });
});

/** The flyer's 20,000,000円 明細書: 材料費 12,000,000 and 労務費 8,000,000, both 支払先 settled. */
const planLine = (over: Record<string, string> = {}) => ({
  category: "MATERIAL", detail: "生コンクリート", quantity: "一式", totalAmount: "30,000,000", advanceAmount: "12,000,000",
  payoutMethod: "TRANSFER", scheduledMonth: "2026-12", payeeKind: "MATERIAL", payee: "株式会社 信濃生コン", ...over,
});
const PLAN = { workType: "CONSTRUCTION", lines: [planLine(), planLine({ category: "LABOR", detail: "", totalAmount: "10,000,000", advanceAmount: "8,000,000", payeeKind: "SUBCONTRACTOR", payee: "〇〇工務店" })] };

async function issuedAdvance(overrides: Parameters<typeof copyOfFlyerApplication>[0] = {}) {
  const applicationId = await copyOfFlyerApplication({ completionMailWanted: false, contractGuaranteeRequested: false, ...overrides });
  const { guarantees } = await issueGuarantees({ applicationId, actor: nagano });
  return guarantees.find((g) => g.kind === "ADVANCE")!;
}

describe("staff dashboard", () => {
  it("counts 受付待ち, 受付済 and 審査中 of the branch only, each linking to its filtered list", async () => {
    const before = { nagano: await countsOf(nagano), shizuoka: await countsOf(shizuoka) };
    await copyOfFlyerApplication({ status: "SUBMITTED" });
    await copyOfFlyerApplication({ status: "SUBMITTED" });
    await copyOfFlyerApplication({ status: "UNDER_REVIEW" });
    await copyOfFlyerApplication({ status: "ACCEPTED" });
    const after = await countsOf(nagano);
    expect(after.submitted).toBe(before.nagano.submitted! + 2);
    expect(after["under-review"]).toBe(before.nagano["under-review"]! + 1);
    expect(after.accepted).toBe(before.nagano.accepted! + 1);
    expect(await countsOf(shizuoka)).toEqual(before.shizuoka);
    const links = Object.fromEntries((await getStaffDashboard({ actor: nagano })).map((c) => [c.id, c.href]));
    expect(links.submitted).toBe("/staff/applications?status=SUBMITTED");
  });

  it("counts the branch's failed mails (about an application or a guarantee) and lists them", async () => {
    const applicationId = await copyOfFlyerApplication({ completionMailWanted: true });
    const { guarantees } = await issueGuarantees({ applicationId, actor: nagano });
    const mail = await prisma.emailOutbox.findFirstOrThrow({ where: { applicationId } });
    expect((await countsOf(nagano))["failed-mails"]).toBe(0);
    await prisma.emailOutbox.update({ where: { id: mail.id }, data: { status: "FAILED", lastError: "550 5.1.1 user unknown", attempts: 8 } });
    expect((await countsOf(nagano))["failed-mails"]).toBe(1);
    expect((await countsOf(shizuoka))["failed-mails"]).toBe(0);
    const listed = await listBranchFailedMails({ actor: nagano });
    expect(listed.failed.map((m) => m.id)).toEqual([mail.id]);
    expect(listed.retrying).toEqual([]);
    expect(await listBranchFailedMails({ actor: shizuoka })).toEqual({ failed: [], retrying: [] });
    expect(guarantees.length).toBeGreaterThan(0);
  });

  it("counts 入金待ち: 受付済・審査中 with a fee neither received nor billed by 一括納付, the rows 申込一覧 ?fees=unpaid lists", async () => {
    const before = { nagano: await countsOf(nagano), shizuoka: await countsOf(shizuoka) };
    // 分割納付 of the 前払金保証料: no 一括納付, so a 入金確認 is needed before 発行.
    const waiting = await copyOfFlyerApplication({ advanceFeePaymentMethod: "INSTALLMENT" });
    const reviewing = await copyOfFlyerApplication({ status: "UNDER_REVIEW", contractFeePaymentMethod: "INSTALLMENT" });
    const lumpSum = await copyOfFlyerApplication(); // 一括納付, arranged for 〇〇建設: settled
    const sent = await copyOfFlyerApplication({ status: "SUBMITTED", advanceFeePaymentMethod: "INSTALLMENT" }); // not yet 受付
    await copyOfFlyerApplication({ advanceFeePaymentMethod: "INSTALLMENT", branchId: shizuoka.branchId }); // the other branch's
    const after = await countsOf(nagano);
    expect(after["fees-unpaid"]).toBe(before.nagano["fees-unpaid"]! + 2);
    expect((await countsOf(shizuoka))["fees-unpaid"]).toBe(before.shizuoka["fees-unpaid"]! + 1);

    const listed = (await listBranchApplications({ actor: nagano, fees: "unpaid", page: 1 })).items.map((a) => a.id);
    expect(listed).toEqual(expect.arrayContaining([waiting, reviewing]));
    expect(listed).not.toContain(lumpSum);
    expect(listed).not.toContain(sent);
    expect(listed).toHaveLength(after["fees-unpaid"]!);

    // 入金確認 of the fee settles it; so does the company's 一括納付 being arranged for an application that chose it.
    await recordFeesReceived({ actor: nagano, applicationId: waiting });
    expect((await countsOf(nagano))["fees-unpaid"]).toBe(before.nagano["fees-unpaid"]! + 1);
    const company = await prisma.contractorCompany.findUniqueOrThrow({ where: { id: contractor.companyId } });
    await prisma.contractorCompany.update({ where: { id: company.id }, data: { lumpSumBilling: false } });
    try {
      // Without the arrangement, the 一括納付 answers are fees to receive too.
      expect((await countsOf(nagano))["fees-unpaid"]).toBeGreaterThan(before.nagano["fees-unpaid"]! + 1);
    } finally {
      await prisma.contractorCompany.update({ where: { id: company.id }, data: { lumpSumBilling: company.lumpSumBilling } });
    }
    expect((await getStaffDashboard({ actor: nagano })).find((c) => c.id === "fees-unpaid")).toMatchObject({ label: "入金待ち", href: "/staff/applications?fees=unpaid" });
  });

  it("counts the branch's 明細書 waiting for 審査, its paper 保証料計算書 not yet posted and 払出依頼 lines the bank has not decided", async () => {
    const before = { nagano: await countsOf(nagano), shizuoka: await countsOf(shizuoka) };
    const advance = await issuedAdvance({ advanceFeeStatementWanted: true });
    // 発行 wrote the 保証料計算書 No. 01, wanted on paper.
    const toMail = await countsOf(nagano);
    expect(toMail["fee-statements-to-mail"]).toBe(before.nagano["fee-statements-to-mail"]! + 1);
    expect(toMail["fee-statements-to-mail"]).toBe((await listBranchFeeTasks({ actor: nagano })).mailTasks.length);
    const statement = await prisma.feeStatement.findFirstOrThrow({ where: { guaranteeId: advance.id } });
    await markFeeStatementMailed({ actor: nagano, statementId: statement.id });
    expect((await countsOf(nagano))["fee-statements-to-mail"]).toBe(before.nagano["fee-statements-to-mail"]!);

    const draft = await saveUsagePlanDraft({ actor: contractor, guaranteeId: advance.id, basis: { versionId: "", revision: 0, basedOn: "" }, input: PLAN });
    expect((await countsOf(nagano))["usage-plans-submitted"]).toBe(before.nagano["usage-plans-submitted"]!); // a draft is not sent
    await submitUsagePlan({ actor: contractor, planId: draft.planId, basis: draft });
    expect((await countsOf(nagano))["usage-plans-submitted"]).toBe(before.nagano["usage-plans-submitted"]! + 1);
    await approveUsagePlan({ actor: nagano, planId: draft.planId, versionId: draft.versionId });
    expect((await countsOf(nagano))["usage-plans-submitted"]).toBe(before.nagano["usage-plans-submitted"]!);

    const items = await prisma.usagePlanLine.findMany({ where: { versionId: draft.versionId }, orderBy: { position: "asc" } });
    const account = { bankName: "〇〇銀行", bankBranchName: "××支店", accountType: "普通", accountNumber: "1234567", accountHolderKana: "カ）シナノナマコン" };
    await submitPayoutRequest({
      actor: contractor,
      planId: draft.planId,
      input: { lines: [{ itemId: items[0]!.itemId!, amount: "1,000,000", ...account }, { itemId: items[1]!.itemId!, amount: "2,000,000", ...account, accountHolderKana: "カ）マルマルコウムテン" }] },
    });
    const after = await countsOf(nagano);
    expect(after["payouts-requested"]).toBe(before.nagano["payouts-requested"]! + 2);
    // 〇〇銀行 ××支店 returns one line: the bank's decision takes it off the count.
    const [line] = await prisma.payoutRequestLine.findMany({ where: { itemId: items[0]!.itemId! } });
    await returnPayoutLine({ actor: await loadActor("BANK_USER", { email: "bank@example.jp" }), lineId: line!.id, input: { reason: "振込先の口座名義をご確認ください。" } });
    expect((await countsOf(nagano))["payouts-requested"]).toBe(before.nagano["payouts-requested"]! + 1);

    // The other branch counts none of it.
    expect(await countsOf(shizuoka)).toEqual(before.shizuoka);
    const links = Object.fromEntries((await getStaffDashboard({ actor: nagano })).map((c) => [c.id, c.href]));
    expect(links).toMatchObject({ "usage-plans-submitted": "/staff/usage-plans", "fee-statements-to-mail": "/staff/fees#mail-heading", "payouts-requested": "/staff/payouts" });
  });

  it("is the staff's own: a contractor may not call it", async () => {
    const contractor = { role: "CONTRACTOR", userId: "x", name: "x", email: "x", companyId: "x", companyName: "x" } as unknown as StaffActor;
    expect(await errorOf(getStaffDashboard({ actor: contractor }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await errorOf(listBranchFailedMails({ actor: contractor }))).toMatchObject({ code: "FORBIDDEN" });
  });
});
