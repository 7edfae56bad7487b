-- 会社名・代表者・所在地 are kept by the guarantee company: a contractor's change is a request that
-- staff approve or reject (issue 14, item 13). openCompanyId is set while the request is 申請中 and
-- unique, so a company has at most one open request.

-- CreateEnum
CREATE TYPE "ChangeRequestStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateTable
CREATE TABLE "CompanyDetailsChangeRequest" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "openCompanyId" UUID,
    "status" "ChangeRequestStatus" NOT NULL DEFAULT 'PENDING',
    "before" JSONB NOT NULL,
    "after" JSONB NOT NULL,
    "requestedById" UUID NOT NULL,
    "requestedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" UUID,
    "decidedAt" TIMESTAMPTZ(3),
    "rejectionReason" TEXT,

    CONSTRAINT "CompanyDetailsChangeRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CompanyDetailsChangeRequest_openCompanyId_key" ON "CompanyDetailsChangeRequest"("openCompanyId");

-- CreateIndex
CREATE INDEX "CompanyDetailsChangeRequest_companyId_requestedAt_idx" ON "CompanyDetailsChangeRequest"("companyId", "requestedAt" DESC);

-- CreateIndex
CREATE INDEX "CompanyDetailsChangeRequest_status_requestedAt_idx" ON "CompanyDetailsChangeRequest"("status", "requestedAt");

-- AddForeignKey
ALTER TABLE "CompanyDetailsChangeRequest" ADD CONSTRAINT "CompanyDetailsChangeRequest_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "ContractorCompany"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyDetailsChangeRequest" ADD CONSTRAINT "CompanyDetailsChangeRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyDetailsChangeRequest" ADD CONSTRAINT "CompanyDetailsChangeRequest_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
