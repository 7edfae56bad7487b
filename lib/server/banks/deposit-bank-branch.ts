// The bank branch a 預託金融機関 text names (DepositBankAlias, by lib/domain/deposit-bank.ts's key), or
// null when nobody has mapped it yet: 発行 links a guarantee with it.
import type { Prisma } from "@/lib/db/client";
import { depositBankKey } from "@/lib/domain/deposit-bank";

export async function findDepositBankBranchId(db: Pick<Prisma.TransactionClient, "depositBankAlias">, text: string | null | undefined): Promise<string | null> {
  if (!text) return null;
  const alias = await db.depositBankAlias.findUnique({ where: { key: depositBankKey(text) }, select: { bankBranchId: true } });
  return alias?.bankBranchId ?? null;
}
