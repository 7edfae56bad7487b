// 保証料 of one application of the staff member's branch: per guarantee applied for, the fee under the table
// in force today (before 発行) or as frozen at 発行, the answers that apply (請求先, 支払方法, 計算書(紙)), the
// 入金確認 recorded, and whether 発行 may go ahead. Another branch's application is NOT_FOUND.
import { getPrisma, type GuaranteeKind } from "@/lib/db/client";
import { assertRole, type StaffActor } from "@/lib/auth/actor";
import { computeFee, feeRulesFromJson, type FeeBreakdown, type FeeRulesJson } from "@/lib/domain/fee-calculation";
import { isUuid } from "@/lib/domain/ids";
import { notFound } from "@/lib/errors";
import { feeRequestsOf } from "./application-fee-requests";
import { applicationFeeTerms, estimateFee, feeSettlement, type FeeTerms } from "./application-fees";
import { feeDateToday } from "./rate-table-in-force";

export type ApplicationFeeRow = {
  kind: GuaranteeKind;
  amount: bigint;
  fee: bigint | null;
  breakdown: FeeBreakdown | null;
  terms: FeeTerms;
  payment: { receivedOn: Date; amount: bigint; method: "TRANSFER" | "CASH" | "CHEQUE" } | null;
  /** null: not computable (no table); otherwise whether 発行 finds it settled, or how it was at 発行. */
  settlement: { settled: true; lumpSum: boolean } | { settled: false; reason: string } | null;
  frozen: boolean;
};

export async function getBranchApplicationFees(options: { actor: StaffActor; applicationId: string; now?: Date }) {
  const actor = assertRole(options.actor, "SURETY_STAFF");
  if (!isUuid(options.applicationId)) throw notFound();
  const prisma = getPrisma();
  const app = await prisma.application.findFirst({
    where: { id: options.applicationId, branchId: actor.branchId, status: { not: "DRAFT" } },
    include: { company: { select: { id: true, lumpSumBilling: true } }, feePayments: true, guarantees: true, orderingBody: true },
  });
  if (!app) throw notFound();
  const requested = await feeRequestsOf(prisma, app);
  const today = feeDateToday(options.now);
  const rows: ApplicationFeeRow[] = [];
  for (const { kind, amount, termFrom, termTo } of requested) {
    const terms = applicationFeeTerms(app, kind);
    const payment = app.feePayments.find((p) => p.kind === kind);
    const issued = app.guarantees.find((g) => g.kind === kind);
    if (issued?.feeRules && issued.feeAmount !== null) {
      const breakdown = computeFee(feeRulesFromJson(issued.feeRules as unknown as FeeRulesJson), { amount: issued.amount, termFrom: issued.termFrom, termTo: issued.termTo }).breakdown;
      rows.push({ kind, amount: issued.amount, fee: issued.feeAmount, breakdown, terms, payment: payment ?? null, settlement: { settled: true, lumpSum: !payment }, frozen: true });
      continue;
    }
    const estimate = amount !== null && termFrom && termTo ? await estimateFee(prisma, kind, { amount, termFrom, termTo }, today) : null;
    rows.push({
      kind, amount: amount ?? 0n, fee: estimate?.result.fee ?? null, breakdown: estimate?.result.breakdown ?? null, terms, payment: payment ?? null,
      settlement: estimate ? feeSettlement(app.company, terms, estimate.result.fee, payment) : null, frozen: false,
    });
  }
  return { companyId: app.company.id, lumpSumBilling: app.company.lumpSumBilling, status: app.status, rows };
}
