// 保証料計算書 PDF of one statement (contractor: its company's; staff: their branch's guarantees). The numbers
// are the statement row's, frozen when it was made.
import { getPrisma, type FeeStatement } from "@/lib/db/client";
import { assertRole } from "@/lib/auth/actor";
import type { FeeBreakdown } from "@/lib/domain/fee-calculation";
import { FEE_RECEIPT_METHOD_LABEL, FEE_STATEMENT_KIND_LABEL } from "@/lib/domain/fee-labels";
import { FEE_PAYMENT_METHOD_LABEL } from "@/lib/domain/application-labels";
import { PRODUCT_NAME, SURETY_COMPANY_NAME } from "@/lib/domain/guarantee-labels";
import { isUuid } from "@/lib/domain/ids";
import { formatWareki } from "@/lib/domain/wareki";
import { notFound } from "@/lib/errors";
import { buildFeeStatementPdf, type FeeStatementPdfData } from "@/lib/pdf/fee-statement";
import { feeStatementScope, type FeeStatementReader } from "./fee-statement-scope";

export type FeeStatementFile = { fileName: string; asciiFileName: string; bytes: Uint8Array };

/** 納付方法 and its date, as the statement prints it. */
export function paymentLineOf(s: Pick<FeeStatement, "kind" | "paymentMethod" | "receiptMethod" | "paidOn" | "lumpSumMonth">): string {
  const month = s.lumpSumMonth ? formatWareki(s.lumpSumMonth).replace(/1日$/, "") : null;
  if (s.kind === "REFUND") return month ? `一括納付（${month}分の請求額から差し引き）` : "お客様の指定口座へ返還";
  if (month) return `一括納付（${month}分としてご請求）`;
  const method = s.paymentMethod ? FEE_PAYMENT_METHOD_LABEL[s.paymentMethod] : "";
  if (s.paidOn && s.receiptMethod) return `${method}　${FEE_RECEIPT_METHOD_LABEL[s.receiptMethod]}（${formatWareki(s.paidOn)} 入金）`;
  return `${method}　未入金`;
}

export async function buildFeeStatementFile(options: { actor: FeeStatementReader; statementId: string }): Promise<FeeStatementFile> {
  assertRole(options.actor, options.actor.role === "CONTRACTOR" ? "CONTRACTOR" : "SURETY_STAFF");
  if (!isUuid(options.statementId)) throw notFound();
  const s = await getPrisma().feeStatement.findFirst({
    where: { id: options.statementId, ...feeStatementScope(options.actor) },
    include: { guarantee: { include: { branch: { select: { name: true } } } }, feeRateTable: { select: { effectiveFrom: true, note: true } } },
  });
  if (!s) throw notFound();
  const stored = s.breakdown as unknown as Record<string, unknown>;
  let breakdown = stored as unknown as FeeBreakdown;
  let additional: FeeStatementPdfData["additional"];
  let refund: FeeStatementPdfData["refund"];
  if (s.kind === "ADDITIONAL") {
    breakdown = stored.after as FeeBreakdown;
    additional = { before: stored.before as FeeBreakdown, amount: s.amount };
  } else if (s.kind === "REFUND") {
    breakdown = stored.before as FeeBreakdown;
    const r = stored.refund as { basis: string; unexpiredShare: string; sharePercent: string; capped: boolean };
    refund = { paid: BigInt(String(stored.paid)), basis: BigInt(r.basis), unexpiredShare: r.unexpiredShare, sharePercent: r.sharePercent, amount: s.amount, capped: r.capped };
  }
  const g = s.guarantee;
  const bytes = await buildFeeStatementPdf({
    title: FEE_STATEMENT_KIND_LABEL[s.kind],
    statementNumber: s.statementNumber,
    billTo: s.billTo || "ご担当者",
    contractNumber: g.contractNumber,
    productName: PRODUCT_NAME[g.kind],
    projectName: g.projectName,
    guaranteeAmount: BigInt(breakdown.amount),
    termFrom: new Date(`${breakdown.termFrom}T00:00:00Z`),
    termTo: new Date(`${breakdown.termTo}T00:00:00Z`),
    reason: s.reason,
    breakdown,
    additional,
    refund,
    amount: s.amount,
    tax: s.tax,
    paymentLine: paymentLineOf(s),
    tableLine: `${formatWareki(s.feeRateTable.effectiveFrom)}から適用の料率表${s.feeRateTable.note ? `（${s.feeRateTable.note}）` : ""}`,
    issuedOn: s.issuedOn,
    suretyName: `${SURETY_COMPANY_NAME} ${g.branch.name}`,
  });
  return { fileName: `${FEE_STATEMENT_KIND_LABEL[s.kind]}_${s.statementNumber}.pdf`, asciiFileName: `fee-statement_${s.statementNumber}.pdf`, bytes };
}
