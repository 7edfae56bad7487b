// The organisation an account mail names a user with: the company, the branch, the ordering body,
// or 本店 for an administrator.
import type { Role } from "@/lib/db/client";
import { HEAD_OFFICE_NAME } from "@/lib/domain/guarantee-labels";

type Named = { name: string } | null;

export function organisationOf(user: { role: Role; company?: Named; branch?: Named; orderingBody?: Named; bankBranch?: { name: string; bank: { name: string } } | null }): string | null {
  if (user.role === "ADMINISTRATOR") return HEAD_OFFICE_NAME;
  if (user.bankBranch) return `${user.bankBranch.bank.name} ${user.bankBranch.name}`;
  return user.company?.name ?? user.branch?.name ?? user.orderingBody?.name ?? null;
}
