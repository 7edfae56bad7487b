// 入金待ち: an application of the branch in 受付済 / 審査中 with a fee that 発行 would not find settled — a kind
// it asks for (前払金保証料, 契約保証料, 中間前払金保証料, 予約手数料: application-fee-requests.ts) with no 入金確認
// recorded (FeePayment of that kind) and not billed by 一括納付 (chosen on the application for that fee and
// arranged for the company: application-fees.ts feeSettlement). A 入金確認 is only recorded at exactly the
// fee (record-fee-payment.ts), so a recorded one counts as settled.
//
// One SQL condition, so the dashboard counts with one query (NOT EXISTS on FeePayment's unique
// (applicationId, kind) index, the branch's (branchId, status, submittedAt) index) instead of computing
// every application's fee, and 申込一覧's filter (?fees=unpaid) lists exactly the rows counted.
import { Prisma } from "@/lib/db/client";

/** The fee statuses 入金確認 happens in (before 発行). */
export const FEE_AWAITING_STATUSES = ["ACCEPTED", "UNDER_REVIEW"] as const;

const notPaid = (kind: string) => Prisma.sql`NOT EXISTS (SELECT 1 FROM "FeePayment" p WHERE p."applicationId" = a.id AND p.kind = ${kind}::"GuaranteeKind")`;
const notLumpSum = (method: Prisma.Sql) =>
  Prisma.sql`NOT (COALESCE(${method} = 'LUMP_SUM'::"FeePaymentMethod", false) AND EXISTS (SELECT 1 FROM "ContractorCompany" c WHERE c.id = a."companyId" AND c."lumpSumBilling"))`;

/** The condition on an application aliased `a`: some fee it asks for is neither received nor billed by 一括納付. */
export const feesUnsettledSql = Prisma.sql`(
  (a.kind = 'GUARANTEE' AND (
    (a."advanceRequested" AND ${notPaid("ADVANCE")} AND ${notLumpSum(Prisma.sql`a."advanceFeePaymentMethod"`)})
    OR (a."contractGuaranteeRequested" AND ${notPaid("CONTRACT")} AND ${notLumpSum(Prisma.sql`a."contractFeePaymentMethod"`)})))
  OR (a.kind = 'INTERMEDIATE' AND ${notPaid("INTERMEDIATE")} AND ${notLumpSum(Prisma.sql`a."intermediateFeePaymentMethod"`)})
  OR (a.kind = 'RESERVATION' AND ${notPaid("BID_BOND_RESERVATION")})
)`;

/** How many applications of the branch wait for a fee (入金待ち). */
export async function countFeesAwaitingPayment(db: { $queryRaw: Prisma.TransactionClient["$queryRaw"] }, branchId: string): Promise<number> {
  const [row] = await db.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM "Application" a
     WHERE a."branchId" = ${branchId}::uuid AND a.status = ANY(${[...FEE_AWAITING_STATUSES]}::"ApplicationStatus"[]) AND ${feesUnsettledSql}`;
  return Number(row!.n);
}
