// 取消 of the whole guarantee: the guarantee becomes CANCELLED (so every view and the verification show
// it as cancelled), and a signed CANCELLATION version states it, shown in the history as 取消.
// Nothing can be amended afterwards. One transaction with the audit entry.
import { getPrisma } from "@/lib/db/client";
import { nextCertificateContent } from "@/lib/domain/certificate-content";
import { parseInput } from "@/lib/schemas/parse-input";
import { ZCancelGuarantee } from "@/lib/schemas/guarantee-amendment";
import { recordAuditEntry } from "@/lib/server/audit/record-audit-entry";
import type { RequestContext } from "@/lib/server/request-context";
import { assertRole, type StaffActor } from "@/lib/auth/actor";
import { recordChangeFeeStatement } from "@/lib/server/fees/fee-change-statement";
import { createCertificateVersion } from "./create-certificate-version";
import { lockBranchGuarantee } from "./lock-branch-guarantee";

export async function cancelGuarantee(options: { guaranteeId: string; actor: StaffActor; input: unknown; request?: RequestContext }) {
  const actor = assertRole(options.actor, "SURETY_STAFF");
  const input = parseInput(ZCancelGuarantee, options.input);

  return getPrisma().$transaction(async (tx) => {
    const { guarantee, current, currentContent, nextVersionNo } = await lockBranchGuarantee(tx, options.guaranteeId, actor.branchId);
    const cancelledAt = new Date();
    const content = nextCertificateContent(currentContent, { versionNo: nextVersionNo, versionKind: "CANCELLATION", status: "CANCELLED", issuedAt: cancelledAt });
    const version = await createCertificateVersion(tx, { guaranteeId: guarantee.id, content, kind: "CANCELLATION", createdById: actor.userId });
    await tx.guarantee.update({ where: { id: guarantee.id }, data: { status: "CANCELLED", cancelledAt } });
    // 保証料返還計算書: the unexpired share of what was paid, under the table that applied.
    await recordChangeFeeStatement(tx, guarantee, { type: "CANCEL" }, cancelledAt);
    await recordAuditEntry(tx, {
      actor,
      action: "guarantee.cancel",
      entityType: "Guarantee",
      entityId: guarantee.id,
      before: { status: "ACTIVE", versionNo: current.versionNo },
      after: { status: "CANCELLED", versionNo: nextVersionNo, cancelledAt: cancelledAt.toISOString(), reason: input.reason },
      request: options.request,
    });
    return version;
  });
}
