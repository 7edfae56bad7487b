// The fee side of an application and of 発行 (docs/DOMAIN.md 「保証料」), generic over the guarantee's kind:
// which 請求先 / 支払方法 / 計算書(紙) answers apply, the estimate under the table in force, whether the fee is
// settled (入金確認 of the same amount, or 一括納付 arranged for the company and chosen on the application),
// and what 発行 freezes on the guarantee: the table, a copy of its rules, the fee and statement No. 01.
import type { Application, ContractorCompany, FeePayment, FeePaymentMethod, GuaranteeKind, Prisma } from "@/lib/db/client";
import { computeFee, type FeeResult } from "@/lib/domain/fee-calculation";
import type { FeeKind } from "@/lib/domain/enums";
import { FEE_NAME, FEE_KIND_LABEL } from "@/lib/domain/fee-labels";
import { formatYen } from "@/lib/domain/yen";
import { conflict } from "@/lib/errors";
import { auditSnapshot } from "@/lib/server/audit/record-audit-entry";
import { NO_RATE_TABLE_MESSAGE, rateTableInForce, type RateTableInForce } from "./rate-table-in-force";

export type FeeTerms = { billTo: string | null; paymentMethod: FeePaymentMethod | null; statementWanted: boolean };

/**
 * The application's answers for a kind's fee: the 保証申込 asks them per guarantee, the 中間前払金保証 form its
 * own (and a 中間前払金 asked on a 保証申込 follows the 前払金保証's); the 契約保証予約 form asks none, so its
 * 予約手数料 is billed to the company and received (入金確認) before the 予約証書 is issued.
 */
export function applicationFeeTerms(app: Application, kind: GuaranteeKind): FeeTerms {
  if (kind === "CONTRACT") return { billTo: app.contractFeeBillTo, paymentMethod: app.contractFeePaymentMethod, statementWanted: app.contractFeeStatementWanted === true };
  if (kind === "BID_BOND_RESERVATION") return { billTo: null, paymentMethod: null, statementWanted: false };
  if (kind === "INTERMEDIATE" && app.kind === "INTERMEDIATE") {
    return { billTo: app.intermediateFeeBillTo, paymentMethod: app.intermediateFeePaymentMethod, statementWanted: app.intermediateFeeStatementWanted === true };
  }
  return { billTo: app.advanceFeeBillTo, paymentMethod: app.advanceFeePaymentMethod, statementWanted: app.advanceFeeStatementWanted === true };
}

type Db = { feeRateTable: Prisma.TransactionClient["feeRateTable"] };

export type FeeEstimate = { table: RateTableInForce; result: FeeResult };

/** The fee of `amount` over termFrom〜termTo under the kind's table in force on `on`; null when no table is published. */
export async function estimateFee(db: Db, kind: FeeKind, input: { amount: bigint; termFrom: Date; termTo: Date }, on: Date): Promise<FeeEstimate | null> {
  const table = await rateTableInForce(db, kind, on);
  return table ? { table, result: computeFee(table.rules, input) } : null;
}

/** Is the fee settled so 発行 may go ahead: 一括納付 (arranged and chosen), or 入金確認 of exactly the fee. */
export function feeSettlement(company: Pick<ContractorCompany, "lumpSumBilling">, terms: FeeTerms, fee: bigint, payment: FeePayment | undefined): { settled: true; lumpSum: boolean } | { settled: false; reason: string } {
  if (terms.paymentMethod === "LUMP_SUM" && company.lumpSumBilling) return { settled: true, lumpSum: true };
  if (!payment) return { settled: false, reason: "入金確認が済んでいません" };
  if (payment.amount !== fee) return { settled: false, reason: `入金額（${formatYen(payment.amount)}）が保証料（${formatYen(fee)}）と一致しません` };
  return { settled: true, lumpSum: false };
}

export type IssueFee = { kind: GuaranteeKind; estimate: FeeEstimate; terms: FeeTerms; lumpSum: boolean; payment: FeePayment | null };

/** Before 発行 writes anything: the fee of each guarantee under the table in force on the issue date, settled. */
export async function feeForIssue(
  tx: Prisma.TransactionClient,
  app: Application & { company: ContractorCompany },
  request: { kind: GuaranteeKind; amount: bigint; term?: { from: Date; to: Date } },
  issuedOn: Date,
): Promise<IssueFee> {
  // The 保証期間 the guarantee will have: its own (中間, 予約) or the 工期 (application-fee-requests.ts).
  const term = request.term ?? { from: app.periodFrom!, to: app.periodTo! };
  const estimate = await estimateFee(tx, request.kind, { amount: request.amount, termFrom: term.from, termTo: term.to }, issuedOn);
  if (!estimate) throw conflict(NO_RATE_TABLE_MESSAGE(FEE_KIND_LABEL[request.kind]));
  const terms = applicationFeeTerms(app, request.kind);
  const payment = (await tx.feePayment.findUnique({ where: { applicationId_kind: { applicationId: app.id, kind: request.kind } } })) ?? undefined;
  const settlement = feeSettlement(app.company, terms, estimate.result.fee, payment);
  if (!settlement.settled) {
    throw conflict(`${FEE_NAME[request.kind]}（${formatYen(estimate.result.fee)}）の${settlement.reason}。発行の前に入金確認を記録するか、一括納付の取扱いを設定してください。`);
  }
  return { kind: request.kind, estimate, terms, lumpSum: settlement.lumpSum, payment: payment ?? null };
}

/** 計算書番号: <保証契約番号>-<NN>, numbered per guarantee (the guarantee row is locked by the caller). */
export async function nextStatementNumber(tx: Prisma.TransactionClient, guaranteeId: string, contractNumber: string): Promise<string> {
  const count = await tx.feeStatement.count({ where: { guaranteeId } });
  return `${contractNumber}-${String(count + 1).padStart(2, "0")}`;
}

/** First day of the month (JST calendar) a date-only value falls in: the 一括納付 month. */
export const monthOf = (day: Date) => new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), 1));

/** 発行: freezes the fee on the guarantee and writes its 保証料計算書 (No. 01). */
export async function recordIssueFee(
  tx: Prisma.TransactionClient,
  guarantee: { id: string; contractNumber: string; companyId: string },
  fee: IssueFee,
  issuedOn: Date,
): Promise<void> {
  const { estimate } = fee;
  await tx.guarantee.update({
    where: { id: guarantee.id },
    data: { feeRateTableId: estimate.table.id, feeRules: auditSnapshot(estimate.table.rulesJson), feeAmount: estimate.result.fee, feePaidNet: estimate.result.fee },
  });
  await tx.feeStatement.create({
    data: {
      statementNumber: await nextStatementNumber(tx, guarantee.id, guarantee.contractNumber),
      guaranteeId: guarantee.id,
      companyId: guarantee.companyId,
      feeRateTableId: estimate.table.id,
      kind: "FEE",
      reason: "新規",
      amount: estimate.result.fee,
      tax: estimate.result.tax,
      breakdown: auditSnapshot(estimate.result.breakdown),
      billTo: fee.terms.billTo ?? "",
      paymentMethod: fee.terms.paymentMethod,
      receiptMethod: fee.payment?.method ?? null,
      paidOn: fee.payment?.receivedOn ?? null,
      lumpSumMonth: fee.lumpSum ? monthOf(issuedOn) : null,
      issuedOn,
      paperWanted: fee.terms.statementWanted,
    },
  });
}
