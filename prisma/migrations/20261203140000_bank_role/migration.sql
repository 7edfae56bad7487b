-- Issue 18: 預託金融機関 users and the mail of a 払出 decision. A new enum value cannot be used in the
-- transaction that adds it, so the CHECK that names it follows in the next migration.
ALTER TYPE "Role" ADD VALUE 'BANK_USER';
ALTER TYPE "MailKind" ADD VALUE 'PAYOUT_NOTICE';
