// 管理者アカウント (本店の管理者): every administrator, active first.
import { getPrisma } from "@/lib/db/client";
import { assertRole, type AdministratorActor } from "@/lib/auth/actor";
import { ACCOUNT_ROW_ORDER, ACCOUNT_ROW_SELECT, accountRows } from "./account-rows";

export async function listAdministrators(options: { actor: AdministratorActor }) {
  assertRole(options.actor, "ADMINISTRATOR");
  return accountRows(await getPrisma().user.findMany({ where: { role: "ADMINISTRATOR" }, orderBy: ACCOUNT_ROW_ORDER, select: ACCOUNT_ROW_SELECT }));
}
