// 計算書の郵送 (branch staff): a statement whose 保証料計算書(紙) was 希望する has been posted. Only the branch's
// own guarantees; marking twice is refused (one click, one record), audited.
import { getPrisma } from "@/lib/db/client";
import { assertRole, type StaffActor } from "@/lib/auth/actor";
import { isUuid } from "@/lib/domain/ids";
import { conflict, notFound } from "@/lib/errors";
import { recordAuditEntry } from "@/lib/server/audit/record-audit-entry";
import type { RequestContext } from "@/lib/server/request-context";

export async function markFeeStatementMailed(options: { actor: StaffActor; statementId: string; request?: RequestContext }): Promise<void> {
  const actor = assertRole(options.actor, "SURETY_STAFF");
  if (!isUuid(options.statementId)) throw notFound();
  await getPrisma().$transaction(async (tx) => {
    // The branch is in the WHERE: another branch's statement is not found.
    const rows = await tx.$queryRaw<{ paperWanted: boolean; mailedAt: Date | null }[]>`
      SELECT s."paperWanted", s."mailedAt" FROM "FeeStatement" s JOIN "Guarantee" g ON g.id = s."guaranteeId"
      WHERE s.id = ${options.statementId}::uuid AND g."branchId" = ${actor.branchId}::uuid FOR UPDATE OF s`;
    if (rows.length === 0 || !rows[0]!.paperWanted) throw notFound();
    if (rows[0]!.mailedAt) throw conflict("この計算書は郵送済みです。");
    const mailedAt = new Date();
    await tx.feeStatement.update({ where: { id: options.statementId }, data: { mailedAt, mailedById: actor.userId } });
    await recordAuditEntry(tx, {
      actor, action: "fee-statement.mark-mailed", entityType: "FeeStatement", entityId: options.statementId,
      before: { mailedAt: null }, after: { mailedAt: mailedAt.toISOString() }, request: options.request,
    });
  });
}
