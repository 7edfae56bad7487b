// 預託金融機関マスタ (administrators): every bank branch with its users and the texts it answers to, and the
// 預託金融機関 texts of guarantees not linked to any branch yet (with how many guarantees name each).
import { assertRole, bankBranchDisplayName, type AdministratorActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { ACCOUNT_ROW_ORDER, ACCOUNT_ROW_SELECT, accountRows } from "@/lib/server/accounts/account-rows";

export type BankBranchRow = {
  id: string;
  name: string;
  aliases: string[];
  guarantees: number;
  users: { id: string; name: string; email: string; active: boolean; passwordSet: boolean; lastLoginAt: Date | null }[];
};

export async function listBankBranches(options: { actor: AdministratorActor }): Promise<{ branches: BankBranchRow[]; unlinked: { text: string; guarantees: number }[] }> {
  assertRole(options.actor, "ADMINISTRATOR");
  const prisma = getPrisma();
  const [branches, unlinked] = await Promise.all([
    prisma.bankBranch.findMany({
      orderBy: [{ bank: { name: "asc" } }, { name: "asc" }],
      include: {
        bank: true,
        aliases: { orderBy: { createdAt: "asc" } },
        users: { orderBy: ACCOUNT_ROW_ORDER, select: ACCOUNT_ROW_SELECT },
        _count: { select: { guarantees: true } },
      },
    }),
    prisma.$queryRaw<{ text: string; guarantees: bigint }[]>`
      SELECT a."depositBank" AS text, COUNT(*)::bigint AS guarantees
      FROM "Guarantee" g JOIN "Application" a ON a.id = g."applicationId"
      WHERE g."depositBankBranchId" IS NULL AND a."depositBank" IS NOT NULL AND g.kind <> 'CONTRACT'
      GROUP BY a."depositBank" ORDER BY COUNT(*) DESC LIMIT 100`,
  ]);
  return {
    branches: branches.map((b) => ({
      id: b.id,
      name: bankBranchDisplayName(b),
      aliases: b.aliases.map((a) => a.text),
      guarantees: b._count.guarantees,
      users: accountRows(b.users),
    })),
    unlinked: unlinked.map((u) => ({ text: u.text, guarantees: Number(u.guarantees) })),
  };
}
