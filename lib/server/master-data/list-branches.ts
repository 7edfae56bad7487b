// 支店マスタ (staff): the branches with how many active staff each has.
import { getPrisma } from "@/lib/db/client";
import { assertRole, type StaffActor } from "@/lib/auth/actor";

export async function listBranches(options: { actor: StaffActor }) {
  assertRole(options.actor, "SURETY_STAFF");
  return getPrisma().branch.findMany({
    orderBy: { officeCode: "asc" },
    include: { _count: { select: { staff: { where: { active: true } } } } },
  });
}
