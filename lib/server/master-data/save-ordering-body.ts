// 発注者マスタ (本店の管理者 only): creates an ordering body (id absent) or updates one, with its audit entry.
import { getPrisma } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { ZOrderingBody } from "@/lib/schemas/master-data";
import { parseInput } from "@/lib/schemas/parse-input";
import { assertRole, type AdministratorActor } from "@/lib/auth/actor";
import { isUuid } from "@/lib/domain/ids";
import { recordMasterDataSave } from "@/lib/server/audit/record-audit-entry";
import type { RequestContext } from "@/lib/server/request-context";

const NAME_TAKEN = "同じ名前の発注者が既に登録されています。";

export async function saveOrderingBody(options: {
  actor: AdministratorActor;
  id?: unknown;
  input: unknown;
  request?: RequestContext;
}): Promise<string> {
  const actor = assertRole(options.actor, "ADMINISTRATOR");
  if (options.id !== undefined && !isUuid(options.id)) throw notFound();
  const id = options.id as string | undefined;
  const input = parseInput(ZOrderingBody, options.input);
  return getPrisma().$transaction(async (tx) => {
    const sameName = await tx.orderingBody.findUnique({ where: { name: input.name }, select: { id: true } });
    if (sameName && sameName.id !== id) throw new AppError("CONFLICT", NAME_TAKEN, { name: NAME_TAKEN });
    const before = id ? await tx.orderingBody.findUnique({ where: { id } }) : null;
    if (id && !before) throw notFound();
    const after = id
      ? await tx.orderingBody.update({ where: { id }, data: input })
      : await tx.orderingBody.create({ data: input });
    return recordMasterDataSave(tx, { actor, entity: "ordering-body", before, after, request: options.request });
  });
}
