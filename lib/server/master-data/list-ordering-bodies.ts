// 発注者マスタ (staff): every ordering body, active or not, by prefecture then name.
import { getPrisma } from "@/lib/db/client";
import { prefectureOrder } from "@/lib/domain/prefectures";
import { assertRole, type StaffActor } from "@/lib/auth/actor";

export async function listOrderingBodies(options: { actor: StaffActor }) {
  assertRole(options.actor, "SURETY_STAFF");
  const bodies = await getPrisma().orderingBody.findMany({ orderBy: { name: "asc" } });
  return bodies.sort((a, b) => prefectureOrder(a.prefecture) - prefectureOrder(b.prefecture) || a.name.localeCompare(b.name, "ja"));
}
