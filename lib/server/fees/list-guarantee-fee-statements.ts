// The statements of one guarantee for the staff's guarantee page: 保証料計算書, 追加 and 返還, oldest first,
// with what was paid net of refunds. The guarantee must be the branch's own (NOT_FOUND otherwise).
import { getPrisma } from "@/lib/db/client";
import { assertRole, type StaffActor } from "@/lib/auth/actor";
import { isUuid } from "@/lib/domain/ids";
import { notFound } from "@/lib/errors";

export async function listGuaranteeFeeStatements(options: { actor: StaffActor; guaranteeId: string }) {
  const actor = assertRole(options.actor, "SURETY_STAFF");
  if (!isUuid(options.guaranteeId)) throw notFound();
  const guarantee = await getPrisma().guarantee.findFirst({
    where: { id: options.guaranteeId, branchId: actor.branchId },
    select: { feeAmount: true, feePaidNet: true, feeStatements: { orderBy: { statementNumber: "asc" } } },
  });
  if (!guarantee) throw notFound();
  return guarantee;
}
