
-- CreateEnum
CREATE TYPE "Role" AS ENUM ('CONTRACTOR', 'SURETY_STAFF', 'ORDERING_BODY');

-- CreateEnum
CREATE TYPE "GuaranteeKind" AS ENUM ('ADVANCE', 'INTERMEDIATE', 'CONTRACT');

-- CreateEnum
CREATE TYPE "CertificateForm" AS ENUM ('PAPER', 'ELECTRONIC');

-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'UNDER_REVIEW', 'RETURNED', 'ISSUED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "GuaranteeStatus" AS ENUM ('ACTIVE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "CertificateVersionKind" AS ENUM ('NEW', 'CHANGE', 'CORRECTION', 'CANCELLATION');

-- CreateEnum
CREATE TYPE "ChangeType" AS ENUM ('INCREASE', 'DECREASE', 'TERM_CHANGE');

-- CreateEnum
CREATE TYPE "OrderType" AS ENUM ('GENERAL_COMPETITIVE', 'DESIGNATED_COMPETITIVE', 'NEGOTIATED', 'OTHER');

-- CreateEnum
CREATE TYPE "ReceiveMethod" AS ENUM ('MAIL', 'COUNTER');

-- CreateEnum
CREATE TYPE "FeePaymentMethod" AS ENUM ('LUMP_SUM', 'INSTALLMENT');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateEnum
CREATE TYPE "MailKind" AS ENUM ('COMPLETION', 'KEY_SUBMISSION', 'AMENDMENT_NOTICE', 'INVITATION', 'PASSWORD_RESET');

-- CreateEnum
CREATE TYPE "TokenPurpose" AS ENUM ('INVITATION', 'PASSWORD_RESET');

-- CreateTable
CREATE TABLE "ContractorCompany" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "representativeName" TEXT NOT NULL,
    "postalCode" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "contactDepartment" TEXT,
    "contactTitle" TEXT,
    "contactName" TEXT,
    "contactPhone" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ContractorCompany_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Branch" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "officeCode" CHAR(5) NOT NULL,
    "postalCode" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "nextSerial" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Branch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrderingBody" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "prefecture" TEXT NOT NULL,
    "eGuaranteeEnabled" BOOLEAN NOT NULL DEFAULT false,
    "keySubmissionEmail" TEXT,
    "keyEmailSubjectTemplate" TEXT,
    "advanceLimitNumerator" INTEGER NOT NULL DEFAULT 4,
    "advanceLimitDenominator" INTEGER NOT NULL DEFAULT 10,
    "contractMinNumerator" INTEGER NOT NULL DEFAULT 1,
    "contractMinDenominator" INTEGER NOT NULL DEFAULT 10,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "OrderingBody_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "companyId" UUID,
    "branchId" UUID,
    "orderingBodyId" UUID,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "deactivatedAt" TIMESTAMPTZ(3),
    "lastLoginAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserToken" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "purpose" "TokenPurpose" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UserToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" BIGSERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "ipAddress" TEXT NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Application" (
    "id" UUID NOT NULL,
    "applicationNumber" TEXT,
    "companyId" UUID NOT NULL,
    "createdById" UUID NOT NULL,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'DRAFT',
    "submissionKey" TEXT,
    "copiedFromId" UUID,
    "submittedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "orderingBodyId" UUID,
    "projectName" TEXT,
    "projectLocation" TEXT,
    "contractAmount" BIGINT,
    "periodFrom" DATE,
    "periodTo" DATE,
    "contractDate" DATE,
    "jvName" TEXT,
    "advanceRequested" BOOLEAN NOT NULL DEFAULT false,
    "advanceForm" "CertificateForm",
    "advanceFiscalYearAmount" BIGINT,
    "advanceAmount" BIGINT,
    "depositBank" TEXT,
    "redeposit" BOOLEAN,
    "advanceFeePaymentMethod" "FeePaymentMethod",
    "advanceFeeBillTo" TEXT,
    "advanceFeeStatementWanted" BOOLEAN,
    "intermediateAdvance" BOOLEAN,
    "intermediateAdvancePlanned" BOOLEAN,
    "contractGuaranteeRequested" BOOLEAN NOT NULL DEFAULT false,
    "contractForm" "CertificateForm",
    "contractGuaranteeAmount" BIGINT,
    "contractFeePaymentMethod" "FeePaymentMethod",
    "contractFeeBillTo" TEXT,
    "contractFeeStatementWanted" BOOLEAN,
    "orderType" "OrderType",
    "awardDate" DATE,
    "bidRounds" INTEGER,
    "bidderCount" INTEGER,
    "disqualifiedCount" INTEGER,
    "secondBidder" TEXT,
    "secondBidAmountThousand" BIGINT,
    "highestBidder" TEXT,
    "highestBidAmountThousand" BIGINT,
    "branchId" UUID,
    "receiveMethod" "ReceiveMethod",
    "receiveDesiredDate" DATE,
    "visitDate" DATE,
    "visitHour" INTEGER,
    "completionMailWanted" BOOLEAN NOT NULL DEFAULT true,
    "notificationEmail" TEXT,
    "shipToName" TEXT,
    "shipToPostalCode" TEXT,
    "shipToAddress" TEXT,
    "contactDepartment" TEXT,
    "contactTitle" TEXT,
    "contactName" TEXT,
    "contactPhone" TEXT,
    "customerMessage" TEXT,
    "companyMessage" TEXT,

    CONSTRAINT "Application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Guarantee" (
    "id" UUID NOT NULL,
    "contractNumber" CHAR(12) NOT NULL,
    "applicationId" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "branchId" UUID NOT NULL,
    "orderingBodyId" UUID NOT NULL,
    "kind" "GuaranteeKind" NOT NULL,
    "form" "CertificateForm" NOT NULL,
    "status" "GuaranteeStatus" NOT NULL DEFAULT 'ACTIVE',
    "projectName" TEXT NOT NULL,
    "contractAmount" BIGINT NOT NULL,
    "amount" BIGINT NOT NULL,
    "termFrom" DATE NOT NULL,
    "termTo" DATE NOT NULL,
    "issuedAt" TIMESTAMPTZ(3) NOT NULL,
    "issuedById" UUID NOT NULL,
    "paperIssuedAt" TIMESTAMPTZ(3),
    "paperReceiveMethod" "ReceiveMethod",
    "cancelledAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Guarantee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuthKey" (
    "id" UUID NOT NULL,
    "guaranteeId" UUID NOT NULL,
    "keyHash" BYTEA NOT NULL,
    "keyCiphertext" BYTEA NOT NULL,
    "kekId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuthKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CertificateVersion" (
    "id" UUID NOT NULL,
    "guaranteeId" UUID NOT NULL,
    "versionNo" INTEGER NOT NULL,
    "kind" "CertificateVersionKind" NOT NULL,
    "changeType" "ChangeType",
    "issuedAt" TIMESTAMPTZ(3) NOT NULL,
    "content" JSONB NOT NULL,
    "signature" BYTEA,
    "signingKeyId" TEXT,
    "replacesVersionId" UUID,
    "hiddenFromHistory" BOOLEAN NOT NULL DEFAULT false,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CertificateVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SigningKey" (
    "id" TEXT NOT NULL,
    "publicKeyPem" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retiredAt" TIMESTAMPTZ(3),

    CONSTRAINT "SigningKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerificationAttempt" (
    "id" BIGSERIAL NOT NULL,
    "contractNumber" TEXT NOT NULL,
    "ipAddress" TEXT NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "guaranteeId" UUID,
    "userId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VerificationAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReceiptConfirmation" (
    "id" UUID NOT NULL,
    "guaranteeId" UUID NOT NULL,
    "orderingBodyId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "confirmedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReceiptConfirmation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "actorRole" "Role",
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmailOutbox" (
    "id" UUID NOT NULL,
    "kind" "MailKind" NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "toAddress" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "textBody" TEXT NOT NULL,
    "htmlBody" TEXT NOT NULL,
    "attachments" JSONB,
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "sentAt" TIMESTAMPTZ(3),
    "applicationId" UUID,
    "guaranteeId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "EmailOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ContractorCompany_name_idx" ON "ContractorCompany"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Branch_name_key" ON "Branch"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Branch_officeCode_key" ON "Branch"("officeCode");

-- CreateIndex
CREATE UNIQUE INDEX "OrderingBody_name_key" ON "OrderingBody"("name");

-- CreateIndex
CREATE INDEX "OrderingBody_prefecture_name_idx" ON "OrderingBody"("prefecture", "name");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_companyId_idx" ON "User"("companyId");

-- CreateIndex
CREATE INDEX "User_branchId_idx" ON "User"("branchId");

-- CreateIndex
CREATE INDEX "User_orderingBodyId_idx" ON "User"("orderingBodyId");

-- CreateIndex
CREATE UNIQUE INDEX "UserToken_tokenHash_key" ON "UserToken"("tokenHash");

-- CreateIndex
CREATE INDEX "UserToken_userId_idx" ON "UserToken"("userId");

-- CreateIndex
CREATE INDEX "LoginAttempt_email_createdAt_idx" ON "LoginAttempt"("email", "createdAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_ipAddress_createdAt_idx" ON "LoginAttempt"("ipAddress", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Application_applicationNumber_key" ON "Application"("applicationNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Application_submissionKey_key" ON "Application"("submissionKey");

-- CreateIndex
CREATE INDEX "Application_companyId_createdAt_idx" ON "Application"("companyId", "createdAt");

-- CreateIndex
CREATE INDEX "Application_branchId_status_submittedAt_idx" ON "Application"("branchId", "status", "submittedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Guarantee_contractNumber_key" ON "Guarantee"("contractNumber");

-- CreateIndex
CREATE INDEX "Guarantee_companyId_issuedAt_idx" ON "Guarantee"("companyId", "issuedAt" DESC);

-- CreateIndex
CREATE INDEX "Guarantee_companyId_kind_issuedAt_idx" ON "Guarantee"("companyId", "kind", "issuedAt" DESC);

-- CreateIndex
CREATE INDEX "Guarantee_orderingBodyId_idx" ON "Guarantee"("orderingBodyId");

-- CreateIndex
CREATE UNIQUE INDEX "Guarantee_applicationId_kind_key" ON "Guarantee"("applicationId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "AuthKey_guaranteeId_key" ON "AuthKey"("guaranteeId");

-- CreateIndex
CREATE UNIQUE INDEX "AuthKey_keyHash_key" ON "AuthKey"("keyHash");

-- CreateIndex
CREATE UNIQUE INDEX "CertificateVersion_guaranteeId_versionNo_key" ON "CertificateVersion"("guaranteeId", "versionNo");

-- CreateIndex
CREATE INDEX "VerificationAttempt_contractNumber_createdAt_idx" ON "VerificationAttempt"("contractNumber", "createdAt");

-- CreateIndex
CREATE INDEX "VerificationAttempt_ipAddress_createdAt_idx" ON "VerificationAttempt"("ipAddress", "createdAt");

-- CreateIndex
CREATE INDEX "VerificationAttempt_guaranteeId_succeeded_createdAt_idx" ON "VerificationAttempt"("guaranteeId", "succeeded", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReceiptConfirmation_guaranteeId_orderingBodyId_key" ON "ReceiptConfirmation"("guaranteeId", "orderingBodyId");

-- CreateIndex
CREATE INDEX "AuditEntry_entityType_entityId_at_idx" ON "AuditEntry"("entityType", "entityId", "at");

-- CreateIndex
CREATE INDEX "AuditEntry_at_idx" ON "AuditEntry"("at");

-- CreateIndex
CREATE UNIQUE INDEX "EmailOutbox_idempotencyKey_key" ON "EmailOutbox"("idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "EmailOutbox_messageId_key" ON "EmailOutbox"("messageId");

-- CreateIndex
CREATE INDEX "EmailOutbox_status_createdAt_idx" ON "EmailOutbox"("status", "createdAt");

-- CreateIndex
CREATE INDEX "EmailOutbox_applicationId_idx" ON "EmailOutbox"("applicationId");

-- CreateIndex
CREATE INDEX "EmailOutbox_guaranteeId_idx" ON "EmailOutbox"("guaranteeId");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "ContractorCompany"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_branchId_fkey" FOREIGN KEY ("branchId") REFERENCES "Branch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_orderingBodyId_fkey" FOREIGN KEY ("orderingBodyId") REFERENCES "OrderingBody"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserToken" ADD CONSTRAINT "UserToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "ContractorCompany"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_orderingBodyId_fkey" FOREIGN KEY ("orderingBodyId") REFERENCES "OrderingBody"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_branchId_fkey" FOREIGN KEY ("branchId") REFERENCES "Branch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_copiedFromId_fkey" FOREIGN KEY ("copiedFromId") REFERENCES "Application"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Guarantee" ADD CONSTRAINT "Guarantee_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Guarantee" ADD CONSTRAINT "Guarantee_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "ContractorCompany"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Guarantee" ADD CONSTRAINT "Guarantee_branchId_fkey" FOREIGN KEY ("branchId") REFERENCES "Branch"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Guarantee" ADD CONSTRAINT "Guarantee_orderingBodyId_fkey" FOREIGN KEY ("orderingBodyId") REFERENCES "OrderingBody"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Guarantee" ADD CONSTRAINT "Guarantee_issuedById_fkey" FOREIGN KEY ("issuedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuthKey" ADD CONSTRAINT "AuthKey_guaranteeId_fkey" FOREIGN KEY ("guaranteeId") REFERENCES "Guarantee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CertificateVersion" ADD CONSTRAINT "CertificateVersion_guaranteeId_fkey" FOREIGN KEY ("guaranteeId") REFERENCES "Guarantee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CertificateVersion" ADD CONSTRAINT "CertificateVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CertificateVersion" ADD CONSTRAINT "CertificateVersion_replacesVersionId_fkey" FOREIGN KEY ("replacesVersionId") REFERENCES "CertificateVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VerificationAttempt" ADD CONSTRAINT "VerificationAttempt_guaranteeId_fkey" FOREIGN KEY ("guaranteeId") REFERENCES "Guarantee"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VerificationAttempt" ADD CONSTRAINT "VerificationAttempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReceiptConfirmation" ADD CONSTRAINT "ReceiptConfirmation_guaranteeId_fkey" FOREIGN KEY ("guaranteeId") REFERENCES "Guarantee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReceiptConfirmation" ADD CONSTRAINT "ReceiptConfirmation_orderingBodyId_fkey" FOREIGN KEY ("orderingBodyId") REFERENCES "OrderingBody"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReceiptConfirmation" ADD CONSTRAINT "ReceiptConfirmation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailOutbox" ADD CONSTRAINT "EmailOutbox_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailOutbox" ADD CONSTRAINT "EmailOutbox_guaranteeId_fkey" FOREIGN KEY ("guaranteeId") REFERENCES "Guarantee"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Written by hand (Prisma's schema language cannot express these):

-- A user belongs to exactly the record of their role.
ALTER TABLE "User" ADD CONSTRAINT "User_role_ties_check" CHECK (
  ("role" = 'CONTRACTOR' AND "companyId" IS NOT NULL AND "branchId" IS NULL AND "orderingBodyId" IS NULL) OR
  ("role" = 'SURETY_STAFF' AND "branchId" IS NOT NULL AND "companyId" IS NULL AND "orderingBodyId" IS NULL) OR
  ("role" = 'ORDERING_BODY' AND "orderingBodyId" IS NOT NULL AND "companyId" IS NULL AND "branchId" IS NULL)
);

-- Money is never negative; a guarantee number has the NNNNN-NNNNNL shape.
ALTER TABLE "Guarantee" ADD CONSTRAINT "Guarantee_amounts_check" CHECK ("amount" >= 0 AND "contractAmount" > 0);
ALTER TABLE "Guarantee" ADD CONSTRAINT "Guarantee_contractNumber_format_check" CHECK ("contractNumber" ~ '^[0-9]{5}-[0-9]{5}[A-Z]$');

-- The audit trail is append-only, whatever the application code does.
CREATE FUNCTION "audit_entry_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEntry is append-only: % is not allowed', TG_OP;
END;
$$;
CREATE TRIGGER "AuditEntry_append_only"
  BEFORE UPDATE OR DELETE ON "AuditEntry"
  FOR EACH ROW EXECUTE FUNCTION "audit_entry_append_only"();
CREATE TRIGGER "AuditEntry_no_truncate"
  BEFORE TRUNCATE ON "AuditEntry"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_entry_append_only"();
