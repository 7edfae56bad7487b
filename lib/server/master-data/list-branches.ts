// 支店マスタ (staff): the branches with how many active staff each has.
import { getPrisma } from "@/lib/db/client";
import { type Actor, staffActor } from "@/lib/server/actor";

export async function listBranches(options: { actor: Actor }) {
  staffActor(options.actor);
  return getPrisma().branch.findMany({
    orderBy: { officeCode: "asc" },
    include: { _count: { select: { staff: { where: { active: true } } } } },
  });
}
