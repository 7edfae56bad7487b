-- Issue 18: the 預託金融機関 master (banks, branches, the 預託金融機関 texts they answer to), its users,
-- the guarantee's link to it, and 預託金払出依頼書 with their lines.

-- CreateEnum
CREATE TYPE "PayoutLineStatus" AS ENUM ('REQUESTED', 'PAID', 'RETURNED');

-- CreateTable
CREATE TABLE "Bank" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Bank_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BankBranch" (
    "id" UUID NOT NULL,
    "bankId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "BankBranch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DepositBankAlias" (
    "key" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "bankBranchId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DepositBankAlias_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "PayoutRequest" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "requestNo" INTEGER NOT NULL,
    "guaranteeId" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "branchId" UUID NOT NULL,
    "bankBranchId" UUID NOT NULL,
    "usagePlanVersionId" UUID NOT NULL,
    "note" TEXT,
    "createdById" UUID NOT NULL,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PayoutRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PayoutRequestLine" (
    "id" UUID NOT NULL,
    "requestId" UUID NOT NULL,
    "itemId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "payee" TEXT NOT NULL,
    "amount" BIGINT NOT NULL,
    "payoutMethod" "PayoutMethod" NOT NULL,
    "bankName" TEXT,
    "bankBranchName" TEXT,
    "accountType" TEXT,
    "accountNumber" TEXT,
    "accountHolderKana" TEXT,
    "status" "PayoutLineStatus" NOT NULL DEFAULT 'REQUESTED',
    "paidAmount" BIGINT,
    "paidOn" DATE,
    "returnReason" TEXT,
    "decidedById" UUID,
    "decidedAt" TIMESTAMPTZ(3),

    CONSTRAINT "PayoutRequestLine_pkey" PRIMARY KEY ("id"),
    -- A line asks for a positive amount; a 払出 pays at most that, on a date; a 差戻し says why.
    CONSTRAINT "PayoutRequestLine_amount_check" CHECK ("amount" > 0),
    CONSTRAINT "PayoutRequestLine_decision_check" CHECK (
      ("status" = 'REQUESTED' AND "paidAmount" IS NULL AND "paidOn" IS NULL AND "decidedAt" IS NULL) OR
      ("status" = 'PAID' AND "paidAmount" > 0 AND "paidAmount" <= "amount" AND "paidOn" IS NOT NULL AND "decidedAt" IS NOT NULL) OR
      ("status" = 'RETURNED' AND "paidAmount" IS NULL AND "returnReason" IS NOT NULL AND "decidedAt" IS NOT NULL)
    ),
    CONSTRAINT "PayoutRequestLine_account_check" CHECK (
      ("payoutMethod" = 'TRANSFER') = ("bankName" IS NOT NULL AND "bankBranchName" IS NOT NULL AND "accountType" IS NOT NULL AND "accountNumber" IS NOT NULL AND "accountHolderKana" IS NOT NULL)
    )
);

-- AlterTable
ALTER TABLE "User" ADD COLUMN "bankBranchId" UUID;

-- AlterTable
ALTER TABLE "Guarantee" ADD COLUMN "depositBankBranchId" UUID;

-- A user belongs to exactly the record of their role; an administrator (本店) to none of them.
ALTER TABLE "User" DROP CONSTRAINT "User_role_ties_check";
ALTER TABLE "User" ADD CONSTRAINT "User_role_ties_check" CHECK (
  ("role" = 'CONTRACTOR' AND "companyId" IS NOT NULL AND "branchId" IS NULL AND "orderingBodyId" IS NULL AND "bankBranchId" IS NULL) OR
  ("role" = 'SURETY_STAFF' AND "branchId" IS NOT NULL AND "companyId" IS NULL AND "orderingBodyId" IS NULL AND "bankBranchId" IS NULL) OR
  ("role" = 'ORDERING_BODY' AND "orderingBodyId" IS NOT NULL AND "companyId" IS NULL AND "branchId" IS NULL AND "bankBranchId" IS NULL) OR
  ("role" = 'ADMINISTRATOR' AND "companyId" IS NULL AND "branchId" IS NULL AND "orderingBodyId" IS NULL AND "bankBranchId" IS NULL) OR
  ("role" = 'BANK_USER' AND "bankBranchId" IS NOT NULL AND "companyId" IS NULL AND "branchId" IS NULL AND "orderingBodyId" IS NULL)
);

-- CreateIndex
CREATE UNIQUE INDEX "Bank_name_key" ON "Bank"("name");
CREATE UNIQUE INDEX "BankBranch_bankId_name_key" ON "BankBranch"("bankId", "name");
CREATE INDEX "DepositBankAlias_bankBranchId_idx" ON "DepositBankAlias"("bankBranchId");
CREATE UNIQUE INDEX "PayoutRequest_planId_requestNo_key" ON "PayoutRequest"("planId", "requestNo");
CREATE INDEX "PayoutRequest_bankBranchId_submittedAt_idx" ON "PayoutRequest"("bankBranchId", "submittedAt" DESC);
CREATE INDEX "PayoutRequest_branchId_submittedAt_idx" ON "PayoutRequest"("branchId", "submittedAt" DESC);
CREATE INDEX "PayoutRequest_companyId_submittedAt_idx" ON "PayoutRequest"("companyId", "submittedAt" DESC);
CREATE INDEX "PayoutRequest_guaranteeId_idx" ON "PayoutRequest"("guaranteeId");
CREATE UNIQUE INDEX "PayoutRequestLine_requestId_position_key" ON "PayoutRequestLine"("requestId", "position");
CREATE INDEX "PayoutRequestLine_itemId_status_idx" ON "PayoutRequestLine"("itemId", "status");
CREATE INDEX "PayoutRequestLine_status_requestId_idx" ON "PayoutRequestLine"("status", "requestId");
CREATE INDEX "User_bankBranchId_idx" ON "User"("bankBranchId");
CREATE INDEX "Guarantee_depositBankBranchId_idx" ON "Guarantee"("depositBankBranchId");

-- AddForeignKey
ALTER TABLE "BankBranch" ADD CONSTRAINT "BankBranch_bankId_fkey" FOREIGN KEY ("bankId") REFERENCES "Bank"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "DepositBankAlias" ADD CONSTRAINT "DepositBankAlias_bankBranchId_fkey" FOREIGN KEY ("bankBranchId") REFERENCES "BankBranch"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "PayoutRequest" ADD CONSTRAINT "PayoutRequest_planId_fkey" FOREIGN KEY ("planId") REFERENCES "UsagePlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "PayoutRequest" ADD CONSTRAINT "PayoutRequest_guaranteeId_fkey" FOREIGN KEY ("guaranteeId") REFERENCES "Guarantee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "PayoutRequest" ADD CONSTRAINT "PayoutRequest_bankBranchId_fkey" FOREIGN KEY ("bankBranchId") REFERENCES "BankBranch"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "PayoutRequestLine" ADD CONSTRAINT "PayoutRequestLine_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "PayoutRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "PayoutRequestLine" ADD CONSTRAINT "PayoutRequestLine_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "UsagePlanItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "User" ADD CONSTRAINT "User_bankBranchId_fkey" FOREIGN KEY ("bankBranchId") REFERENCES "BankBranch"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Guarantee" ADD CONSTRAINT "Guarantee_depositBankBranchId_fkey" FOREIGN KEY ("depositBankBranchId") REFERENCES "BankBranch"("id") ON DELETE SET NULL ON UPDATE CASCADE;
