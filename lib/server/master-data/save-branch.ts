// 支店マスタ (本店の管理者 only: branch staff change no branch, their own included): creates a branch (id absent) or updates one, with its audit entry.
// The office code is the first part of every 保証契約番号 the branch has issued, so it is
// frozen once a guarantee carries it.
import { getPrisma } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { ZBranch } from "@/lib/schemas/master-data";
import { parseInput } from "@/lib/schemas/parse-input";
import { assertRole, type AdministratorActor } from "@/lib/auth/actor";
import { isUuid } from "@/lib/domain/ids";
import { recordMasterDataSave } from "@/lib/server/audit/record-audit-entry";
import type { RequestContext } from "@/lib/server/request-context";

const NAME_TAKEN = "同じ名前の支店が既に登録されています。";
const CODE_TAKEN = "この事務所コードは他の支店で使われています。";
const CODE_FROZEN = "保証契約番号を発行済みの支店は、事務所コードを変更できません。";

export async function saveBranch(options: { actor: AdministratorActor; id?: unknown; input: unknown; request?: RequestContext }): Promise<string> {
  const actor = assertRole(options.actor, "ADMINISTRATOR");
  if (options.id !== undefined && !isUuid(options.id)) throw notFound();
  const id = options.id as string | undefined;
  const input = parseInput(ZBranch, options.input);
  return getPrisma().$transaction(async (tx) => {
    // Lock order, the same as 発行 (lib/server/guarantees/issue-guarantees.ts): the branch row first, then
    // its guarantees are counted. Counted before the lock, an issue could commit a guarantee between the
    // count and the update and keep the old office code in its 保証契約番号.
    if (id) await tx.$executeRaw`SELECT 1 FROM "Branch" WHERE id = ${id}::uuid FOR UPDATE`;
    // One after the other: a transaction is one connection, and pg refuses overlapping queries on one (pg@9).
    const sameName = await tx.branch.findUnique({ where: { name: input.name }, select: { id: true } });
    const sameCode = await tx.branch.findUnique({ where: { officeCode: input.officeCode }, select: { id: true } });
    if (sameName && sameName.id !== id) throw new AppError("CONFLICT", NAME_TAKEN, { name: NAME_TAKEN });
    if (sameCode && sameCode.id !== id) throw new AppError("CONFLICT", CODE_TAKEN, { officeCode: CODE_TAKEN });
    const before = id ? await tx.branch.findUnique({ where: { id } }) : null;
    if (id && !before) throw notFound();
    if (before && before.officeCode !== input.officeCode && (await tx.guarantee.count({ where: { branchId: before.id } })) > 0) {
      throw new AppError("CONFLICT", CODE_FROZEN, { officeCode: CODE_FROZEN });
    }
    const after = id ? await tx.branch.update({ where: { id }, data: input }) : await tx.branch.create({ data: input });
    return recordMasterDataSave(tx, { actor, entity: "branch", before, after, request: options.request });
  });
}
