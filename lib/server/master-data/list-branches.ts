// 支店マスタ (本店の管理者): the branches with how many active staff each has.
import { getPrisma } from "@/lib/db/client";
import { assertRole, type AdministratorActor } from "@/lib/auth/actor";

export async function listBranches(options: { actor: AdministratorActor }) {
  assertRole(options.actor, "ADMINISTRATOR");
  return getPrisma().branch.findMany({
    orderBy: { officeCode: "asc" },
    include: { _count: { select: { staff: { where: { active: true } } } } },
  });
}
