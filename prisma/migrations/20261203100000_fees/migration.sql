-- 保証料 (issue 15): rate tables per kind kept by the administrators, 入金確認 before 発行, the fee frozen
-- on the guarantee, fee statements (計算書 / 追加 / 返還) and the monthly 一括納付 statement.

-- CreateEnum
CREATE TYPE "FeeKind" AS ENUM ('ADVANCE', 'INTERMEDIATE', 'CONTRACT', 'BID_BOND_RESERVATION');

-- CreateEnum
CREATE TYPE "FeeRateTableStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "FeeReceiptMethod" AS ENUM ('TRANSFER', 'CASH', 'CHEQUE');

-- CreateEnum
CREATE TYPE "FeeStatementKind" AS ENUM ('FEE', 'ADDITIONAL', 'REFUND');

-- AlterTable
ALTER TABLE "ContractorCompany" ADD COLUMN "lumpSumBilling" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Guarantee" ADD COLUMN "feeRateTableId" UUID,
ADD COLUMN "feeRules" JSONB,
ADD COLUMN "feeAmount" BIGINT,
ADD COLUMN "feePaidNet" BIGINT;

-- CreateTable
CREATE TABLE "FeeRateTable" (
    "id" UUID NOT NULL,
    "kind" "FeeKind" NOT NULL,
    "status" "FeeRateTableStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedKind" "FeeKind",
    "effectiveFrom" DATE NOT NULL,
    "rules" JSONB NOT NULL,
    "note" TEXT,
    "createdById" UUID NOT NULL,
    "publishedById" UUID,
    "publishedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "FeeRateTable_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeePayment" (
    "id" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "kind" "GuaranteeKind" NOT NULL,
    "receivedOn" DATE NOT NULL,
    "amount" BIGINT NOT NULL,
    "method" "FeeReceiptMethod" NOT NULL,
    "recordedById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FeePayment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeeStatement" (
    "id" UUID NOT NULL,
    "statementNumber" TEXT NOT NULL,
    "guaranteeId" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "feeRateTableId" UUID NOT NULL,
    "kind" "FeeStatementKind" NOT NULL,
    "reason" TEXT NOT NULL,
    "amount" BIGINT NOT NULL,
    "tax" BIGINT NOT NULL DEFAULT 0,
    "breakdown" JSONB NOT NULL,
    "billTo" TEXT NOT NULL,
    "paymentMethod" "FeePaymentMethod",
    "receiptMethod" "FeeReceiptMethod",
    "paidOn" DATE,
    "lumpSumMonth" DATE,
    "issuedOn" DATE NOT NULL,
    "paperWanted" BOOLEAN NOT NULL DEFAULT false,
    "mailedAt" TIMESTAMPTZ(3),
    "mailedById" UUID,
    "replacedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FeeStatement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeeMonthlyStatement" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "month" DATE NOT NULL,
    "dueOn" DATE NOT NULL,
    "paidOn" DATE,
    "paidById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FeeMonthlyStatement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FeeRateTable_kind_status_effectiveFrom_idx" ON "FeeRateTable"("kind", "status", "effectiveFrom");

-- CreateIndex
CREATE UNIQUE INDEX "FeeRateTable_publishedKind_effectiveFrom_key" ON "FeeRateTable"("publishedKind", "effectiveFrom");

-- CreateIndex
CREATE UNIQUE INDEX "FeePayment_applicationId_kind_key" ON "FeePayment"("applicationId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "FeeStatement_statementNumber_key" ON "FeeStatement"("statementNumber");

-- CreateIndex
CREATE UNIQUE INDEX "FeeStatement_replacedById_key" ON "FeeStatement"("replacedById");

-- CreateIndex
CREATE INDEX "FeeStatement_companyId_issuedOn_idx" ON "FeeStatement"("companyId", "issuedOn" DESC);

-- CreateIndex
CREATE INDEX "FeeStatement_guaranteeId_idx" ON "FeeStatement"("guaranteeId");

-- CreateIndex
CREATE INDEX "FeeStatement_companyId_lumpSumMonth_idx" ON "FeeStatement"("companyId", "lumpSumMonth");

-- CreateIndex
CREATE UNIQUE INDEX "FeeMonthlyStatement_companyId_month_key" ON "FeeMonthlyStatement"("companyId", "month");

-- AddForeignKey
ALTER TABLE "Guarantee" ADD CONSTRAINT "Guarantee_feeRateTableId_fkey" FOREIGN KEY ("feeRateTableId") REFERENCES "FeeRateTable"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeeRateTable" ADD CONSTRAINT "FeeRateTable_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeeRateTable" ADD CONSTRAINT "FeeRateTable_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeePayment" ADD CONSTRAINT "FeePayment_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeePayment" ADD CONSTRAINT "FeePayment_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeeStatement" ADD CONSTRAINT "FeeStatement_guaranteeId_fkey" FOREIGN KEY ("guaranteeId") REFERENCES "Guarantee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeeStatement" ADD CONSTRAINT "FeeStatement_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "ContractorCompany"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeeStatement" ADD CONSTRAINT "FeeStatement_feeRateTableId_fkey" FOREIGN KEY ("feeRateTableId") REFERENCES "FeeRateTable"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeeStatement" ADD CONSTRAINT "FeeStatement_mailedById_fkey" FOREIGN KEY ("mailedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeeStatement" ADD CONSTRAINT "FeeStatement_replacedById_fkey" FOREIGN KEY ("replacedById") REFERENCES "FeeStatement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeeMonthlyStatement" ADD CONSTRAINT "FeeMonthlyStatement_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "ContractorCompany"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeeMonthlyStatement" ADD CONSTRAINT "FeeMonthlyStatement_paidById_fkey" FOREIGN KEY ("paidById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A published rate table is never edited or deleted (it is superseded by a later one); guarantees and
-- statements refer to it. Hand-written: Prisma's language cannot express a trigger.
CREATE FUNCTION "fee_rate_table_published_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'FeeRateTable % is published: it is never changed or deleted, only superseded', OLD.id
    USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER "FeeRateTable_published_immutable"
  BEFORE UPDATE OR DELETE ON "FeeRateTable"
  FOR EACH ROW WHEN (OLD.status = 'PUBLISHED') EXECUTE FUNCTION "fee_rate_table_published_immutable"();
