// 発注者マスタ (本店の管理者): every ordering body, active or not, by prefecture then name.
import { getPrisma } from "@/lib/db/client";
import { prefectureOrder } from "@/lib/domain/prefectures";
import { assertRole, type AdministratorActor } from "@/lib/auth/actor";

export async function listOrderingBodies(options: { actor: AdministratorActor }) {
  assertRole(options.actor, "ADMINISTRATOR");
  const bodies = await getPrisma().orderingBody.findMany({ orderBy: { name: "asc" } });
  return bodies.sort((a, b) => prefectureOrder(a.prefecture) - prefectureOrder(b.prefecture) || a.name.localeCompare(b.name, "ja"));
}
