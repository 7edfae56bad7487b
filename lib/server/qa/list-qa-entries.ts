// Q&A の編集 (本店の管理者): every entry, unpublished ones too, in display order.
import { assertRole, type AdministratorActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";

export async function listQaEntries(options: { actor: AdministratorActor }) {
  assertRole(options.actor, "ADMINISTRATOR");
  return getPrisma().qaEntry.findMany({ orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }] });
}
