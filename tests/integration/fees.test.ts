// 保証料 against real PostgreSQL: rate tables (draft → publish, never edited, in force by date), 保証料計算,
// 発行 needing the fee settled (入金確認 or 一括納付) and freezing it, the statements of 変更 / 訂正 / 取消, and
// the races: parallel 入金確認 and parallel publishes never duplicate.
import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { computeFee, DEMO_FEE_RULES, feeRulesToJson } from "@/lib/domain/fee-calculation";
import type { AdministratorActor, ContractorActor, StaffActor } from "@/lib/auth/actor";
import { amendGuarantee } from "@/lib/server/guarantees/amend-guarantee";
import { cancelGuarantee } from "@/lib/server/guarantees/cancel-guarantee";
import { correctGuarantee } from "@/lib/server/guarantees/correct-guarantee";
import { issueGuarantees } from "@/lib/server/guarantees/issue-guarantees";
import { publishFeeRateTable } from "@/lib/server/fees/publish-fee-rate-table";
import { quoteFee } from "@/lib/server/fees/quote-fee";
import { recordFeePayment } from "@/lib/server/fees/record-fee-payment";
import { saveFeeRateTableDraft } from "@/lib/server/fees/save-fee-rate-table-draft";
import { setLumpSumBilling } from "@/lib/server/fees/set-lump-sum-billing";
import { feeDateToday } from "@/lib/server/fees/rate-table-in-force";
import { exportContractorFeeStatementsCsv } from "@/lib/server/fees/export-contractor-fee-statements-csv";
import { listContractorMonthlyStatements } from "@/lib/server/fees/list-contractor-fee-statements";
import { markFeeStatementMailed } from "@/lib/server/fees/mark-fee-statement-mailed";
import { markMonthlyStatementPaid } from "@/lib/server/fees/mark-monthly-statement-paid";
import { isoOfYmd, todayInJapan } from "@/lib/domain/wareki";
import { actorByEmail, auditEntriesFor } from "../support/accounts";
import { copyOfFlyerApplication, errorOf, REQUEST, seedAndStaff } from "../support/issue-fixtures";

const prisma = getPrisma();
let nagano: StaffActor;
let shizuoka: StaffActor;
let admin: AdministratorActor;
let contractor: ContractorActor;
const today = () => isoOfYmd(todayInJapan());

beforeAll(async () => {
  ({ nagano, shizuoka } = await seedAndStaff());
  admin = await actorByEmail("ADMINISTRATOR", "admin@example.jp");
  contractor = await actorByEmail("CONTRACTOR", "contractor@example.jp");
});

/** A copy of the flyer application for △△工業 (no 一括納付): its fees must be received before 発行. */
async function applicationWithoutLumpSum() {
  const company = await prisma.contractorCompany.findFirstOrThrow({ where: { name: "△△工業 株式会社" } });
  return copyOfFlyerApplication({ companyId: company.id });
}

const tableForm = (over: Record<string, string> = {}) => ({
  kind: "ADVANCE", effectiveFrom: "20991231", note: "", bracketMode: "MARGINAL", periodMode: "DAYS", minimumFee: "3,000", roundingUnit: "100",
  roundingDirection: "DOWN", refundSharePercent: "100", refundMinimumRetained: "3000", taxPercent: "0", bracket0UpTo: "10,000,000", bracket0Rate: "0.5", bracket1Rate: "0.4", ...over,
});

describe("発行 and the fee", () => {
  it("freezes the fee of the table in force: the same number as 保証料計算 and the statement (一括納付)", async () => {
    const id = await copyOfFlyerApplication();
    const app = await prisma.application.findUniqueOrThrow({ where: { id } });
    const quote = await quoteFee({ actor: contractor, input: { kind: "ADVANCE", contractAmount: "50,000,000", amount: "20,000,000", termFrom: isoOfYmd({ year: app.periodFrom!.getUTCFullYear(), month: app.periodFrom!.getUTCMonth() + 1, day: app.periodFrom!.getUTCDate() }), termTo: app.periodTo!.toISOString().slice(0, 10) } });
    const expected = computeFee(DEMO_FEE_RULES.ADVANCE, { amount: 20_000_000n, termFrom: app.periodFrom!, termTo: app.periodTo! }).fee;
    expect(BigInt(quote.fee)).toBe(expected);

    const { guarantees } = await issueGuarantees({ applicationId: id, actor: nagano, request: REQUEST });
    const advance = await prisma.guarantee.findUniqueOrThrow({ where: { id: guarantees.find((g) => g.kind === "ADVANCE")!.id }, include: { feeStatements: true, feeRateTable: true } });
    expect(advance.feeAmount).toBe(expected);
    expect(advance.feeRules).toEqual(feeRulesToJson(DEMO_FEE_RULES.ADVANCE));
    expect(advance.feeRateTable?.note).toBe("デモ用の料率（実際の料率ではありません）");
    expect(advance.feeStatements).toHaveLength(1);
    const [statement] = advance.feeStatements;
    expect(statement).toMatchObject({ kind: "FEE", amount: expected, statementNumber: `${advance.contractNumber}-01`, billTo: "〇〇建設 株式会社", paymentMethod: "LUMP_SUM" });
    expect(statement!.lumpSumMonth?.getUTCDate()).toBe(1);
    expect((statement!.breakdown as { fee: string }).fee).toBe(String(expected));
  });

  it("refuses 発行 until 入金確認 of exactly the fee, then records how it was paid", async () => {
    const id = await applicationWithoutLumpSum();
    const app = await prisma.application.findUniqueOrThrow({ where: { id } });
    const refused = await errorOf(issueGuarantees({ applicationId: id, actor: nagano }));
    expect(refused?.code).toBe("CONFLICT");
    expect(refused?.message).toMatch(/^前払金保証料（[\d,]+円）の入金確認が済んでいません。/);
    expect(await prisma.guarantee.count({ where: { applicationId: id } })).toBe(0);

    const advanceFee = computeFee(DEMO_FEE_RULES.ADVANCE, { amount: app.advanceAmount!, termFrom: app.periodFrom!, termTo: app.periodTo! }).fee;
    const contractFee = computeFee(DEMO_FEE_RULES.CONTRACT, { amount: app.contractGuaranteeAmount!, termFrom: app.periodFrom!, termTo: app.periodTo! }).fee;
    const wrong = await errorOf(recordFeePayment({ actor: nagano, applicationId: id, input: { kind: "ADVANCE", receivedOn: today(), amount: String(advanceFee + 1n), method: "TRANSFER" } }));
    expect(wrong?.fieldErrors?.amount).toMatch(/が保証料（[\d,]+円）と一致しません。$/);
    const future = await errorOf(recordFeePayment({ actor: nagano, applicationId: id, input: { kind: "ADVANCE", receivedOn: "20991231", amount: String(advanceFee), method: "TRANSFER" } }));
    expect(future?.fieldErrors?.receivedOn).toMatch(/以前の日付/);
    // Another branch's application does not exist for its staff.
    expect((await errorOf(recordFeePayment({ actor: shizuoka, applicationId: id, input: { kind: "ADVANCE", receivedOn: today(), amount: String(advanceFee), method: "TRANSFER" } })))?.code).toBe("NOT_FOUND");

    await recordFeePayment({ actor: nagano, applicationId: id, input: { kind: "ADVANCE", receivedOn: today(), amount: advanceFee.toLocaleString("ja-JP"), method: "TRANSFER" }, request: REQUEST });
    expect((await errorOf(issueGuarantees({ applicationId: id, actor: nagano })))?.message).toMatch(/^契約保証料/);
    await recordFeePayment({ actor: nagano, applicationId: id, input: { kind: "CONTRACT", receivedOn: today(), amount: String(contractFee), method: "CHEQUE" } });
    const { guarantees } = await issueGuarantees({ applicationId: id, actor: nagano });
    const statements = await prisma.feeStatement.findMany({ where: { guaranteeId: { in: guarantees.map((g) => g.id) } }, orderBy: { statementNumber: "asc" } });
    expect(statements.map((s) => [s.amount, s.receiptMethod, s.lumpSumMonth])).toEqual([[advanceFee, "TRANSFER", null], [contractFee, "CHEQUE", null]]);
    expect((await auditEntriesFor(id)).map((e) => e.action)).toContain("application.record-fee-payment");
    expect((await errorOf(recordFeePayment({ actor: nagano, applicationId: id, input: { kind: "ADVANCE", receivedOn: today(), amount: String(advanceFee), method: "CASH" } })))?.code).toBe("CONFLICT");
  });

  it("一括納付 set on the company by staff lets it issue without 入金確認", async () => {
    const id = await applicationWithoutLumpSum();
    const app = await prisma.application.findUniqueOrThrow({ where: { id } });
    await setLumpSumBilling({ actor: shizuoka, companyId: app.companyId, input: { lumpSumBilling: "on" }, request: REQUEST });
    try {
      const { guarantees } = await issueGuarantees({ applicationId: id, actor: nagano });
      expect(guarantees).toHaveLength(2);
      expect((await auditEntriesFor(app.companyId)).map((e) => e.action)).toContain("contractor-company.set-lump-sum-billing");
    } finally {
      await setLumpSumBilling({ actor: shizuoka, companyId: app.companyId, input: {} });
    }
  });

  it("20 parallel 入金確認 of one fee leave one payment row", async () => {
    const id = await applicationWithoutLumpSum();
    const app = await prisma.application.findUniqueOrThrow({ where: { id } });
    const fee = computeFee(DEMO_FEE_RULES.ADVANCE, { amount: app.advanceAmount!, termFrom: app.periodFrom!, termTo: app.periodTo! }).fee;
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => recordFeePayment({ actor: nagano, applicationId: id, input: { kind: "ADVANCE", receivedOn: today(), amount: String(fee), method: "TRANSFER" } })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(20);
    expect(await prisma.feePayment.count({ where: { applicationId: id } })).toBe(1);
  });
});

describe("rate tables", () => {
  it("a draft is saved with field errors in Japanese, published once, and never edited after", async () => {
    const bad = await errorOf(saveFeeRateTableDraft({ actor: admin, input: tableForm({ bracket1Rate: "x" }) }));
    expect(bad?.fieldErrors).toEqual({ bracket1Rate: "料率は0〜100の数（小数点以下4桁まで）で入力してください。" });
    const unordered = await errorOf(saveFeeRateTableDraft({ actor: admin, input: tableForm({ bracket1UpTo: "5,000,000", bracket2Rate: "0.3" }) }));
    expect(unordered?.fieldErrors).toEqual({ bracket1UpTo: "上限額は前の区分の上限額より大きくしてください。" });
    const id = await saveFeeRateTableDraft({ actor: admin, input: tableForm(), request: REQUEST });
    await saveFeeRateTableDraft({ actor: admin, id, input: tableForm({ minimumFee: "3,500" }) });
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => publishFeeRateTable({ actor: admin, id })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const table = await prisma.feeRateTable.findUniqueOrThrow({ where: { id } });
    expect(table).toMatchObject({ status: "PUBLISHED", publishedKind: "ADVANCE" });
    expect((table.rules as { minimumFee: string }).minimumFee).toBe("3500");
    expect((await errorOf(saveFeeRateTableDraft({ actor: admin, id, input: tableForm() })))?.message).toBe("公開済みの料率表は変更できません。新しい適用開始日の料率表を作成してください。");
    // Another draft from the same day cannot be published; one from today would replace the table in force.
    const same = await saveFeeRateTableDraft({ actor: admin, input: tableForm() });
    expect((await errorOf(publishFeeRateTable({ actor: admin, id: same })))?.fieldErrors?.effectiveFrom).toMatch(/既に公開されています/);
    const now = await saveFeeRateTableDraft({ actor: admin, input: tableForm({ effectiveFrom: today() }) });
    expect((await errorOf(publishFeeRateTable({ actor: admin, id: now })))?.fieldErrors?.effectiveFrom).toMatch(/明日.*以降/);
    expect((await auditEntriesFor(id)).map((e) => e.action)).toEqual(["fee-rate-table.save-draft", "fee-rate-table.save-draft", "fee-rate-table.publish"]);
    // A table from a later date is not in force today: 保証料計算 still uses the demo table.
    const quote = await quoteFee({ actor: contractor, input: { kind: "ADVANCE", contractAmount: "50,000,000", amount: "20,000,000", termFrom: "20260401", termTo: "20270331" } });
    expect(quote.tableEffectiveFrom).toBe("2019-05-01");
    expect(feeDateToday().getTime()).toBeLessThan(table.effectiveFrom.getTime());
  });

  it("the database refuses to change or delete a published table, whatever writes it", async () => {
    const table = await prisma.feeRateTable.findFirstOrThrow({ where: { status: "PUBLISHED", kind: "CONTRACT" } });
    await expect(prisma.$executeRaw`UPDATE "FeeRateTable" SET rules = '{}'::jsonb WHERE id = ${table.id}::uuid`).rejects.toThrow(/published/);
    await expect(prisma.$executeRaw`DELETE FROM "FeeRateTable" WHERE id = ${table.id}::uuid`).rejects.toThrow(/published/);
    expect((await prisma.feeRateTable.findUniqueOrThrow({ where: { id: table.id } })).rules).toEqual(table.rules);
  });

  it("only administrators keep tables, only contractors use 保証料計算", async () => {
    expect((await errorOf(saveFeeRateTableDraft({ actor: nagano as never, input: tableForm() })))?.code).toBe("FORBIDDEN");
    expect((await errorOf(quoteFee({ actor: admin as never, input: {} })))?.code).toBe("FORBIDDEN");
    const invalid = await errorOf(quoteFee({ actor: contractor, input: { kind: "ADVANCE", contractAmount: "1,000", amount: "２，０００", termFrom: "20260401", termTo: "20260401" } }));
    expect(invalid?.fieldErrors).toEqual({ amount: "保証金額は請負金額以下で入力してください。", termTo: "保証期間の終了日は開始日より後の日付を入力してください。" });
  });
});

describe("changes under the table that applied", () => {
  it("増額 → 追加保証料, 減額 → 返還, 訂正 replaces, 取消 → 返還 never above what was paid", async () => {
    // A term running now, so part of it is unexpired at each change.
    const day = feeDateToday().getTime();
    const id = await copyOfFlyerApplication({ periodFrom: new Date(day - 30 * 86_400_000), periodTo: new Date(day + 300 * 86_400_000) });
    const { guarantees } = await issueGuarantees({ applicationId: id, actor: nagano });
    const guaranteeId = guarantees.find((g) => g.kind === "ADVANCE")!.id;
    const row = () => prisma.guarantee.findUniqueOrThrow({ where: { id: guaranteeId } });
    const start = await row();
    const rules = DEMO_FEE_RULES.ADVANCE;
    const feeOf = (amount: bigint, termTo = start.termTo) => computeFee(rules, { amount, termFrom: start.termFrom, termTo }).fee;

    await amendGuarantee({ guaranteeId, actor: nagano, input: { changeType: "DECREASE", amount: "3,000,000", reason: "" } });
    await amendGuarantee({ guaranteeId, actor: nagano, input: { changeType: "INCREASE", amount: "1,000,000", reason: "" } });
    const corrected = new Date(start.termTo.getTime() - 10 * 86_400_000);
    await correctGuarantee({ guaranteeId, actor: nagano, input: { projectName: start.projectName, projectLocation: "", jvName: "", depositBank: "〇〇銀行　××支店", guaranteeAmount: "17,500,000", termFrom: start.termFrom.toISOString().slice(0, 10), termTo: corrected.toISOString().slice(0, 10), reason: "工期の誤り" } });
    await cancelGuarantee({ guaranteeId, actor: nagano, input: { reason: "契約解除" } });

    const statements = await prisma.feeStatement.findMany({ where: { guaranteeId }, orderBy: { statementNumber: "asc" } });
    expect(statements.map((s) => [s.statementNumber.slice(-2), s.kind, s.reason])).toEqual([
      ["01", "FEE", "新規"], ["02", "REFUND", "減額"], ["03", "ADDITIONAL", "増額"], ["04", "FEE", "訂正"], ["05", "REFUND", "取消"],
    ]);
    const [issued, decrease, increase, correction, cancel] = statements as [typeof statements[0] & {}, ...(typeof statements[0] & {})[]];
    expect(issued.amount).toBe(feeOf(20_000_000n));
    expect(decrease!.amount).toBeGreaterThan(0n);
    expect(decrease!.amount).toBeLessThanOrEqual(feeOf(20_000_000n) - feeOf(17_000_000n));
    expect(increase!.amount).toBe(feeOf(18_000_000n) - feeOf(17_000_000n));
    expect(issued.replacedById).toBe(correction!.id);
    expect(correction!.amount).toBe(feeOf(17_500_000n, corrected));
    const paidBeforeCancel = issued.amount - decrease!.amount + increase!.amount + (correction!.amount - feeOf(18_000_000n));
    expect(cancel!.amount).toBeLessThanOrEqual(paidBeforeCancel);
    expect(cancel!.amount).toBeGreaterThan(0n);
    const end = await row();
    expect(end.feePaidNet).toBe(paidBeforeCancel - cancel!.amount);
  });
});

describe("一括納付 months, 計算書の郵送 and the CSV", () => {
  it("a month totals the company's 一括納付 fees, due at the end of the next month; staff mark it paid once, in parallel too", async () => {
    const id = await copyOfFlyerApplication();
    await issueGuarantees({ applicationId: id, actor: nagano });
    const [month] = await listContractorMonthlyStatements({ actor: contractor });
    const lump = await prisma.feeStatement.findMany({ where: { companyId: contractor.companyId, lumpSumMonth: month!.month, replacedById: null } });
    expect(month!.total).toBe(lump.reduce((sum, s) => sum + (s.kind === "REFUND" ? -s.amount : s.amount), 0n));
    expect(month!.dueOn.getTime()).toBe(Date.UTC(month!.month.getUTCFullYear(), month!.month.getUTCMonth() + 2, 0));
    const key = month!.month.toISOString().slice(0, 7);
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => markMonthlyStatementPaid({ actor: shizuoka, companyId: contractor.companyId, month: key, input: { paidOn: today() } })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((await listContractorMonthlyStatements({ actor: contractor }))[0]!.paidOn).not.toBeNull();
    expect((await errorOf(markMonthlyStatementPaid({ actor: shizuoka, companyId: contractor.companyId, month: "2001-01", input: { paidOn: today() } })))?.code).toBe("NOT_FOUND");
  });

  it("計算書の郵送 is marked once, by the issuing branch only", async () => {
    const id = await copyOfFlyerApplication({ advanceFeeStatementWanted: true });
    const { guarantees } = await issueGuarantees({ applicationId: id, actor: nagano });
    const statement = await prisma.feeStatement.findFirstOrThrow({ where: { guaranteeId: guarantees.find((g) => g.kind === "ADVANCE")!.id } });
    expect(statement.paperWanted).toBe(true);
    expect((await errorOf(markFeeStatementMailed({ actor: shizuoka, statementId: statement.id })))?.code).toBe("NOT_FOUND");
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => markFeeStatementMailed({ actor: nagano, statementId: statement.id, request: REQUEST })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((await auditEntriesFor(statement.id)).map((e) => e.action)).toEqual(["fee-statement.mark-mailed"]);
    const contractStatement = await prisma.feeStatement.findFirstOrThrow({ where: { guaranteeId: guarantees.find((g) => g.kind === "CONTRACT")!.id } });
    expect((await errorOf(markFeeStatementMailed({ actor: nagano, statementId: contractStatement.id })))?.code).toBe("NOT_FOUND"); // not wanted on paper
  });

  it("the CSV has a BOM, a header and a row per statement of the company only", async () => {
    const csv = await exportContractorFeeStatementsCsv({ actor: contractor, filter: { mode: "range", kind: null, from: null, to: null, project: null } });
    expect(csv.startsWith("\uFEFF計算書番号,計算書,事由,保証契約番号,保証種類,工事名,金額（円）,消費税（円）,作成日,納付方法,状態\r\n")).toBe(true);
    const rows = csv.trim().split("\r\n").length - 1;
    expect(rows).toBe(await prisma.feeStatement.count({ where: { companyId: contractor.companyId } }));
  });
});
