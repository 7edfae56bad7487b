// 預託金融機関マスタ (administrators): every bank branch with its users and the texts it answers to, and the
// 預託金融機関 texts of guarantees not linked to any branch yet (with how many guarantees name each).
import { assertRole, bankBranchDisplayName, type AdministratorActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";

export type BankBranchRow = {
  id: string;
  name: string;
  aliases: string[];
  guarantees: number;
  users: { id: string; name: string; email: string; active: boolean; invited: boolean }[];
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
        users: { orderBy: { createdAt: "asc" }, select: { id: true, name: true, email: true, active: true, passwordHash: true } },
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
      users: b.users.map((u) => ({ id: u.id, name: u.name, email: u.email, active: u.active, invited: u.passwordHash === null })),
    })),
    unlinked: unlinked.map((u) => ({ text: u.text, guarantees: Number(u.guarantees) })),
  };
}
