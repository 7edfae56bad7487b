// Links every guarantee not yet linked whose application names the 預託金融機関 text of `key` to the bank
// branch, in the caller's transaction; answers how many. The text on the certificate stays as written.
import type { Prisma } from "@/lib/db/client";

export async function linkGuaranteesToBranch(tx: Prisma.TransactionClient, key: string, bankBranchId: string): Promise<number> {
  return tx.$executeRaw`
    UPDATE "Guarantee" g SET "depositBankBranchId" = ${bankBranchId}::uuid, "updatedAt" = now()
    FROM "Application" a
    WHERE a.id = g."applicationId" AND g."depositBankBranchId" IS NULL AND a."depositBank" IS NOT NULL
      AND regexp_replace(normalize(a."depositBank", NFKC), '\\s+', '', 'g') = ${key}`;
}
