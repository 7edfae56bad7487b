import { getPrisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { assertRole, type AdministratorActor } from "@/lib/auth/actor";
import { isUuid } from "@/lib/domain/ids";
import { ACCOUNT_ROW_ORDER, ACCOUNT_ROW_SELECT, accountRows } from "@/lib/server/accounts/account-rows";

/** One ordering body with its users' accounts, for its edit page (本店の管理者). */
export async function getOrderingBody(options: { actor: AdministratorActor; id: unknown }) {
  assertRole(options.actor, "ADMINISTRATOR");
  if (!isUuid(options.id)) throw notFound();
  const body = await getPrisma().orderingBody.findUnique({
    where: { id: options.id },
    include: { users: { orderBy: ACCOUNT_ROW_ORDER, select: ACCOUNT_ROW_SELECT } },
  });
  if (!body) throw notFound();
  return { ...body, users: accountRows(body.users) };
}
