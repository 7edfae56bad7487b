-- Issue 19: Q&A entries kept as data, the 営業部・支店 page's 受付時間, 保証申込のお勧め dismissals and the
-- opt-in of the weekly digest.

-- AlterEnum
ALTER TYPE "MailKind" ADD VALUE 'REMINDER_DIGEST';

-- AlterTable
ALTER TABLE "Branch" ADD COLUMN "openingHours" TEXT NOT NULL DEFAULT '土日祝日・年末年始除く9:00～17:00';

-- AlterTable
ALTER TABLE "ContractorCompany" ADD COLUMN "reminderDigestWanted" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "QaEntry" (
    "id" UUID NOT NULL,
    "category" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "keywords" TEXT NOT NULL DEFAULT '',
    "screen" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "published" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "QaEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReminderDismissal" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "reminderKey" TEXT NOT NULL,
    "dismissedById" UUID NOT NULL,
    "dismissedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReminderDismissal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "QaEntry_published_sortOrder_idx" ON "QaEntry"("published", "sortOrder");

-- CreateIndex
CREATE UNIQUE INDEX "ReminderDismissal_companyId_reminderKey_key" ON "ReminderDismissal"("companyId", "reminderKey");

-- AddForeignKey
ALTER TABLE "ReminderDismissal" ADD CONSTRAINT "ReminderDismissal_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "ContractorCompany"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReminderDismissal" ADD CONSTRAINT "ReminderDismissal_dismissedById_fkey" FOREIGN KEY ("dismissedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
