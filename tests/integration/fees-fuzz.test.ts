// Property-based fuzzing of 保証料's entry points on the demo data: 保証料計算 (contractor), the rate table's draft
// and 公開 (本店の管理者), 入金確認, 一括納付, the month's 入金確認 and 計算書の郵送 (staff). Mostly the right actor and
// real ids (either company's, either branch's), the rest any account and junk: only success or an expected
// refusal in Japanese, and a refusal writes nothing.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { StaffActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { isoOfYmd, todayInJapan } from "@/lib/domain/wareki";
import { getBranchApplicationFees } from "@/lib/server/fees/get-branch-application-fees";
import { monthlyStatementsOf } from "@/lib/server/fees/list-contractor-fee-statements";
import { markFeeStatementMailed } from "@/lib/server/fees/mark-fee-statement-mailed";
import { markMonthlyStatementPaid } from "@/lib/server/fees/mark-monthly-statement-paid";
import { publishFeeRateTable } from "@/lib/server/fees/publish-fee-rate-table";
import { quoteFee } from "@/lib/server/fees/quote-fee";
import { recordFeePayment } from "@/lib/server/fees/record-fee-payment";
import { saveFeeRateTableDraft } from "@/lib/server/fees/save-fee-rate-table-draft";
import { setLumpSumBilling } from "@/lib/server/fees/set-lump-sum-billing";
import { FUZZ_RUNS, FUZZ_TEST_TIMEOUT, hostileString, inputFor } from "../support/fuzz";
import { fuzzEntryPoint } from "../support/fuzz-entry-point";
import { demoWorld, idAmong, idsOf, type DemoWorld } from "../support/fuzz-demo-world";

const prisma = getPrisma();
const STAFF = ["staff.nagano@example.jp", "staff.shizuoka@example.jp"];
let world: DemoWorld;
let companyIds: string[];
let applicationIds: string[];
// 入金確認 exactly as the fee panel offers it, per open application of either branch: the fee to the yen.
let payments: { staff: StaffActor; applicationId: string; input: Record<string, string> }[];
let months: string[];

const today = () => isoOfYmd(todayInJapan());

beforeAll(async () => {
  world = await demoWorld();
  companyIds = await idsOf(prisma.contractorCompany.findMany({ select: { id: true } }));
  applicationIds = await idsOf(prisma.application.findMany({ select: { id: true } }));
  payments = [];
  for (const staff of STAFF.map(world.byEmail) as StaffActor[]) {
    const open = await prisma.application.findMany({ where: { branchId: staff.branchId, status: { in: ["SUBMITTED", "ACCEPTED", "UNDER_REVIEW"] } }, select: { id: true } });
    for (const { id } of open) {
      for (const row of (await getBranchApplicationFees({ actor: staff, applicationId: id })).rows) {
        if (row.fee !== null) payments.push({ staff, applicationId: id, input: { kind: row.kind, receivedOn: today(), amount: row.fee.toLocaleString("ja-JP"), method: "TRANSFER" } });
      }
    }
  }
  expect(payments.length).toBeGreaterThan(0);
  months = (await Promise.all(companyIds.map((id) => monthlyStatementsOf(prisma, id)))).flat().map((m) => m.month.toISOString().slice(0, 7));
}, 120_000);

const rateTable = () => ({
  kind: "ADVANCE", effectiveFrom: "20991231", note: "", bracketMode: "MARGINAL", periodMode: "DAYS", minimumFee: "3,000", roundingUnit: "100",
  roundingDirection: "DOWN", refundSharePercent: "100", refundMinimumRetained: "3000", taxPercent: "10", bracket0UpTo: "10,000,000", bracket0Rate: "0.5", bracket1Rate: "0.4",
});

describe("保証料 entry points, fuzzed", { timeout: FUZZ_TEST_TIMEOUT }, () => {
  it(`保証料計算 (quoteFee): ${FUZZ_RUNS} inputs`, async () => {
    const valid = () => ({ kind: "ADVANCE", contractAmount: "50,000,000", amount: "20,000,000", termFrom: "20261101", termTo: "20270317" });
    const tally = await fuzzEntryPoint(fc.record({ actor: world.mostly("contractor@example.jp"), input: inputFor(valid) }), (g) => quoteFee({ actor: g.actor as never, input: g.input }));
    expect(tally.ok).toBeGreaterThan(0);
  });

  it(`料率表の下書き (saveFeeRateTableDraft): ${FUZZ_RUNS} inputs`, async () => {
    const tableIds = await idsOf(prisma.feeRateTable.findMany({ select: { id: true } }));
    const id = fc.oneof(fc.constant(undefined), idAmong(tableIds));
    const tally = await fuzzEntryPoint(fc.record({ actor: world.mostly("admin@example.jp"), id, input: inputFor(rateTable) }), (g) =>
      saveFeeRateTableDraft({ actor: g.actor as never, id: g.id as string | undefined, input: g.input }),
    );
    expect(tally.ok).toBeGreaterThan(0);
  });

  it(`料率表の公開 (publishFeeRateTable): ${FUZZ_RUNS} inputs`, async () => {
    // The drafts the demo and the fuzzing above left, and the published tables (refused).
    const tableIds = await idsOf(prisma.feeRateTable.findMany({ select: { id: true } }));
    const tally = await fuzzEntryPoint(fc.record({ actor: world.mostly("admin@example.jp"), id: idAmong(tableIds) }), (g) => publishFeeRateTable({ actor: g.actor as never, id: g.id }));
    expect(tally.ok).toBeGreaterThan(0);
  });

  it(`入金確認 (recordFeePayment): ${FUZZ_RUNS} inputs`, async () => {
    const call = fc.constantFrom(...payments).chain((p) =>
      fc.record({
        actor: fc.oneof({ arbitrary: fc.constant(p.staff), weight: 4 }, fc.constantFrom(...world.actors)),
        applicationId: fc.oneof({ arbitrary: fc.constant(p.applicationId), weight: 3 }, idAmong(applicationIds)),
        input: inputFor(() => p.input),
      }),
    );
    const tally = await fuzzEntryPoint(call, (g) => recordFeePayment({ actor: g.actor as never, applicationId: g.applicationId, input: g.input }));
    expect(tally.ok).toBeGreaterThan(0);
  });

  it(`一括納付 (setLumpSumBilling): ${FUZZ_RUNS} inputs`, async () => {
    const input = inputFor(() => ({ lumpSumBilling: "on" }));
    const tally = await fuzzEntryPoint(fc.record({ actor: world.mostly(...STAFF), companyId: idAmong(companyIds), input }), (g) =>
      setLumpSumBilling({ actor: g.actor as never, companyId: g.companyId, input: g.input }),
    );
    expect(tally.ok).toBeGreaterThan(0);
  });

  it(`一括納付の入金確認 (markMonthlyStatementPaid): ${FUZZ_RUNS} inputs`, async () => {
    const month = fc.oneof({ arbitrary: fc.constantFrom(...months, "2001-01", "2026-13", "0000-00"), weight: 4 }, hostileString);
    const call = fc.record({ actor: world.mostly(...STAFF), companyId: idAmong(companyIds), month, input: inputFor(() => ({ paidOn: today() })) });
    await fuzzEntryPoint(call, (g) => markMonthlyStatementPaid({ actor: g.actor as never, companyId: g.companyId, month: g.month, input: g.input }));
  });

  it(`計算書の郵送 (markFeeStatementMailed): ${FUZZ_RUNS} inputs`, async () => {
    const statementIds = await idsOf(prisma.feeStatement.findMany({ select: { id: true } }));
    await fuzzEntryPoint(fc.record({ actor: world.mostly(...STAFF), statementId: idAmong(statementIds) }), (g) => markFeeStatementMailed({ actor: g.actor as never, statementId: g.statementId }));
  });
});
