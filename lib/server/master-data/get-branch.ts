// One branch with its staff accounts, for its edit page (本店の管理者).
import { getPrisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { assertRole, type AdministratorActor } from "@/lib/auth/actor";
import { isUuid } from "@/lib/domain/ids";
import { ACCOUNT_ROW_ORDER, ACCOUNT_ROW_SELECT, accountRows } from "@/lib/server/accounts/account-rows";

export async function getBranch(options: { actor: AdministratorActor; id: unknown }) {
  assertRole(options.actor, "ADMINISTRATOR");
  if (!isUuid(options.id)) throw notFound();
  const branch = await getPrisma().branch.findUnique({
    where: { id: options.id },
    include: { staff: { orderBy: ACCOUNT_ROW_ORDER, select: ACCOUNT_ROW_SELECT } },
  });
  if (!branch) throw notFound();
  return { ...branch, staff: accountRows(branch.staff) };
}
