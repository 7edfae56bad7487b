-- 中間前払金保証 and 契約保証予約（入札ボンド）(issue 16). Both are Applications (kind) in the one inbox and
-- are issued as Guarantees through the one pipeline (number, 認証キー, signed versions, /verify).
-- IF NOT EXISTS: the fee branch names the same kind for its rate tables.

-- AlterEnum
ALTER TYPE "GuaranteeKind" ADD VALUE IF NOT EXISTS 'BID_BOND_RESERVATION';

-- CreateEnum
CREATE TYPE "ApplicationKind" AS ENUM ('GUARANTEE', 'INTERMEDIATE', 'RESERVATION');

-- AlterTable: the ordering body's 中間前払金 and 入札ボンド rules (発注者マスタ)
ALTER TABLE "OrderingBody"
  ADD COLUMN "intermediateLimitNumerator" INTEGER NOT NULL DEFAULT 2,
  ADD COLUMN "intermediateLimitDenominator" INTEGER NOT NULL DEFAULT 10,
  ADD COLUMN "advanceTotalLimitNumerator" INTEGER NOT NULL DEFAULT 6,
  ADD COLUMN "advanceTotalLimitDenominator" INTEGER NOT NULL DEFAULT 10,
  ADD COLUMN "intermediateRoundingUnit" BIGINT NOT NULL DEFAULT 100000,
  ADD COLUMN "intermediateMinContractAmount" BIGINT NOT NULL DEFAULT 0,
  ADD COLUMN "bidBondNumerator" INTEGER NOT NULL DEFAULT 5,
  ADD COLUMN "bidBondDenominator" INTEGER NOT NULL DEFAULT 100,
  ADD COLUMN "reservationValidityDays" INTEGER NOT NULL DEFAULT 30;

-- AlterTable
ALTER TABLE "Application"
  ADD COLUMN "kind" "ApplicationKind" NOT NULL DEFAULT 'GUARANTEE',
  ADD COLUMN "parentGuaranteeId" UUID,
  ADD COLUMN "intermediateForm" "CertificateForm",
  ADD COLUMN "intermediateAmount" BIGINT,
  ADD COLUMN "certificationDate" DATE,
  ADD COLUMN "certificationNumber" TEXT,
  ADD COLUMN "intermediateFeePaymentMethod" "FeePaymentMethod",
  ADD COLUMN "intermediateFeeBillTo" TEXT,
  ADD COLUMN "intermediateFeeStatementWanted" BOOLEAN,
  ADD COLUMN "bidNoticeNumber" TEXT,
  ADD COLUMN "bidDate" DATE,
  ADD COLUMN "bidAmount" BIGINT,
  ADD COLUMN "reservedAmount" BIGINT,
  ADD COLUMN "reservationId" UUID;

-- AlterTable
ALTER TABLE "Guarantee" ADD COLUMN "parentGuaranteeId" UUID;

-- CreateIndex
CREATE UNIQUE INDEX "Application_parentGuaranteeId_key" ON "Application"("parentGuaranteeId");

-- CreateIndex
CREATE UNIQUE INDEX "Application_reservationId_key" ON "Application"("reservationId");

-- CreateIndex
CREATE INDEX "Guarantee_parentGuaranteeId_idx" ON "Guarantee"("parentGuaranteeId");

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_parentGuaranteeId_fkey" FOREIGN KEY ("parentGuaranteeId") REFERENCES "Guarantee"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_reservationId_fkey" FOREIGN KEY ("reservationId") REFERENCES "Guarantee"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Guarantee" ADD CONSTRAINT "Guarantee_parentGuaranteeId_fkey" FOREIGN KEY ("parentGuaranteeId") REFERENCES "Guarantee"("id") ON DELETE SET NULL ON UPDATE CASCADE;
