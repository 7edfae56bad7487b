-- Issue 17: 前払金使途内訳明細書 (plans, versions, stable items and their lines), 書類送信 (documents kept
-- in PostgreSQL with their SHA-256) and 前払金請求書 (the 振込先 of the invoice); the ordering body's
-- switch for the 25% 現場管理費等 item and its invoice template.

-- CreateEnum
CREATE TYPE "UsagePlanStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED');

-- CreateEnum
CREATE TYPE "UsagePlanVersionKind" AS ENUM ('ORIGINAL', 'CHANGE');

-- CreateEnum
CREATE TYPE "UsageWorkType" AS ENUM ('CONSTRUCTION', 'DESIGN', 'SURVEY');

-- CreateEnum
CREATE TYPE "PayoutMethod" AS ENUM ('TRANSFER', 'CHECK', 'OWN_ACCOUNT');

-- CreateEnum
CREATE TYPE "PayeeKind" AS ENUM ('SUBCONTRACTOR', 'MATERIAL', 'DIRECT_LABOR', 'GUARANTEE_FEE', 'OTHER');

-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('CERTIFICATION', 'SUBCONTRACT', 'PURCHASE_ORDER', 'DELIVERY_NOTE', 'INVOICE', 'OTHER');

-- CreateEnum
CREATE TYPE "DocumentStatus" AS ENUM ('PENDING', 'ACCEPTED', 'REJECTED');

-- AlterTable
ALTER TABLE "OrderingBody" ADD COLUMN     "usageOverheadAllowed" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "invoiceAddressee" TEXT,
ADD COLUMN     "invoiceStatement" TEXT,
ADD COLUMN     "invoiceWithKeyNotice" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "UsagePlan" (
    "id" UUID NOT NULL,
    "guaranteeId" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "branchId" UUID NOT NULL,
    "approvedVersionId" UUID,
    "nextItemNo" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "UsagePlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UsagePlanVersion" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "versionNo" INTEGER NOT NULL,
    "kind" "UsagePlanVersionKind" NOT NULL,
    "status" "UsagePlanStatus" NOT NULL DEFAULT 'DRAFT',
    "openPlanId" UUID,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "workType" "UsageWorkType" NOT NULL DEFAULT 'CONSTRUCTION',
    "changeReason" TEXT,
    "companyMessage" TEXT,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "submittedAt" TIMESTAMPTZ(3),
    "decidedById" UUID,
    "decidedAt" TIMESTAMPTZ(3),
    "forwardedAt" TIMESTAMPTZ(3),
    "forwardedTo" TEXT,

    CONSTRAINT "UsagePlanVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UsagePlanItem" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "itemNo" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UsagePlanItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UsagePlanLine" (
    "id" UUID NOT NULL,
    "versionId" UUID NOT NULL,
    "itemId" UUID,
    "position" INTEGER NOT NULL,
    "category" TEXT NOT NULL,
    "detail" TEXT,
    "quantity" TEXT NOT NULL,
    "totalAmount" BIGINT NOT NULL,
    "advanceAmount" BIGINT NOT NULL,
    "payoutMethod" "PayoutMethod" NOT NULL,
    "scheduledMonth" DATE NOT NULL,
    "payeeKind" "PayeeKind",
    "payee" TEXT,

    CONSTRAINT "UsagePlanLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubmittedDocument" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "branchId" UUID NOT NULL,
    "applicationId" UUID,
    "guaranteeId" UUID,
    "usagePlanItemId" UUID,
    "kind" "DocumentKind" NOT NULL,
    "note" TEXT,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "content" BYTEA NOT NULL,
    "status" "DocumentStatus" NOT NULL DEFAULT 'PENDING',
    "statusMessage" TEXT,
    "statusSetById" UUID,
    "statusSetAt" TIMESTAMPTZ(3),
    "uploadedById" UUID NOT NULL,
    "uploadedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SubmittedDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AdvanceInvoice" (
    "id" UUID NOT NULL,
    "guaranteeId" UUID NOT NULL,
    "invoiceDate" DATE NOT NULL,
    "accountType" TEXT NOT NULL,
    "accountNumber" TEXT NOT NULL,
    "accountHolder" TEXT NOT NULL,
    "updatedById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AdvanceInvoice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "UsagePlan_guaranteeId_key" ON "UsagePlan"("guaranteeId");

-- CreateIndex
CREATE UNIQUE INDEX "UsagePlan_approvedVersionId_key" ON "UsagePlan"("approvedVersionId");

-- CreateIndex
CREATE INDEX "UsagePlan_companyId_idx" ON "UsagePlan"("companyId");

-- CreateIndex
CREATE INDEX "UsagePlan_branchId_idx" ON "UsagePlan"("branchId");

-- CreateIndex
CREATE UNIQUE INDEX "UsagePlanVersion_openPlanId_key" ON "UsagePlanVersion"("openPlanId");

-- CreateIndex
CREATE INDEX "UsagePlanVersion_status_submittedAt_idx" ON "UsagePlanVersion"("status", "submittedAt");

-- CreateIndex
CREATE UNIQUE INDEX "UsagePlanVersion_planId_versionNo_key" ON "UsagePlanVersion"("planId", "versionNo");

-- CreateIndex
CREATE UNIQUE INDEX "UsagePlanItem_planId_itemNo_key" ON "UsagePlanItem"("planId", "itemNo");

-- CreateIndex
CREATE INDEX "UsagePlanLine_itemId_idx" ON "UsagePlanLine"("itemId");

-- CreateIndex
CREATE UNIQUE INDEX "UsagePlanLine_versionId_position_key" ON "UsagePlanLine"("versionId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "UsagePlanLine_versionId_itemId_key" ON "UsagePlanLine"("versionId", "itemId");

-- CreateIndex
CREATE INDEX "SubmittedDocument_companyId_uploadedAt_idx" ON "SubmittedDocument"("companyId", "uploadedAt" DESC);

-- CreateIndex
CREATE INDEX "SubmittedDocument_branchId_status_uploadedAt_idx" ON "SubmittedDocument"("branchId", "status", "uploadedAt" DESC);

-- CreateIndex
CREATE INDEX "SubmittedDocument_usagePlanItemId_idx" ON "SubmittedDocument"("usagePlanItemId");

-- CreateIndex
CREATE UNIQUE INDEX "AdvanceInvoice_guaranteeId_key" ON "AdvanceInvoice"("guaranteeId");


-- AddForeignKey
ALTER TABLE "UsagePlan" ADD CONSTRAINT "UsagePlan_guaranteeId_fkey" FOREIGN KEY ("guaranteeId") REFERENCES "Guarantee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UsagePlan" ADD CONSTRAINT "UsagePlan_approvedVersionId_fkey" FOREIGN KEY ("approvedVersionId") REFERENCES "UsagePlanVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UsagePlanVersion" ADD CONSTRAINT "UsagePlanVersion_planId_fkey" FOREIGN KEY ("planId") REFERENCES "UsagePlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UsagePlanItem" ADD CONSTRAINT "UsagePlanItem_planId_fkey" FOREIGN KEY ("planId") REFERENCES "UsagePlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UsagePlanLine" ADD CONSTRAINT "UsagePlanLine_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "UsagePlanVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UsagePlanLine" ADD CONSTRAINT "UsagePlanLine_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "UsagePlanItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubmittedDocument" ADD CONSTRAINT "SubmittedDocument_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubmittedDocument" ADD CONSTRAINT "SubmittedDocument_guaranteeId_fkey" FOREIGN KEY ("guaranteeId") REFERENCES "Guarantee"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubmittedDocument" ADD CONSTRAINT "SubmittedDocument_usagePlanItemId_fkey" FOREIGN KEY ("usagePlanItemId") REFERENCES "UsagePlanItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdvanceInvoice" ADD CONSTRAINT "AdvanceInvoice_guaranteeId_fkey" FOREIGN KEY ("guaranteeId") REFERENCES "Guarantee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A line uses at most its 全所要金額, and both are positive.
ALTER TABLE "UsagePlanLine" ADD CONSTRAINT "UsagePlanLine_amounts_check" CHECK ("advanceAmount" > 0 AND "advanceAmount" <= "totalAmount");

-- A document is attached to exactly one of an application, a guarantee or a 明細書 line.
ALTER TABLE "SubmittedDocument" ADD CONSTRAINT "SubmittedDocument_one_target_check" CHECK (num_nonnulls("applicationId", "guaranteeId", "usagePlanItemId") = 1);
