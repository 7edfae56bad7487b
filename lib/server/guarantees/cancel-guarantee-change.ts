// 取消 of a change (変更取消): the change in force is withdrawn and the certificate before it is in force
// again. A signed CANCELLATION version records the restored content for the audit trail; both it and the
// withdrawn change are hidden from the contractor's history, so the history shows the earlier version as
// current (「訂正、変更取消された履歴は表示されません」). One transaction with the audit entry.
import { getPrisma } from "@/lib/db/client";
import { asCertificateContent, nextCertificateContent } from "@/lib/domain/certificate-content";
import { visibleHistory } from "@/lib/domain/certificate-history";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/schemas/parse-input";
import { ZCancelGuarantee } from "@/lib/schemas/guarantee-amendment";
import { auditSnapshot, recordAuditEntry } from "@/lib/server/audit/record-audit-entry";
import type { RequestContext } from "@/lib/server/request-context";
import { assertRole, type StaffActor } from "@/lib/auth/actor";
import { createCertificateVersion } from "./create-certificate-version";
import { lockBranchGuarantee } from "./lock-branch-guarantee";

export const NO_CHANGE_TO_CANCEL = "取り消せる変更がありません（現在の電子保証は変更によるものではありません）。";

export async function cancelGuaranteeChange(options: { guaranteeId: string; actor: StaffActor; input: unknown; request?: RequestContext }) {
  const actor = assertRole(options.actor, "SURETY_STAFF");
  const input = parseInput(ZCancelGuarantee, options.input);

  return getPrisma().$transaction(async (tx) => {
    const { guarantee, current, nextVersionNo } = await lockBranchGuarantee(tx, options.guaranteeId, actor.branchId);
    // A change, or the correction of a change (which keeps the change's type).
    if (current.changeType === null) throw new AppError("CONFLICT", NO_CHANGE_TO_CANCEL);
    const visible = visibleHistory(guarantee.versions);
    const previous = visible.at(-2);
    if (!previous) throw new AppError("CONFLICT", NO_CHANGE_TO_CANCEL);
    const restored = asCertificateContent(previous.content);

    const content = nextCertificateContent(restored, { versionNo: nextVersionNo, versionKind: "CANCELLATION", changeType: current.changeType, issuedAt: new Date() });
    const version = await createCertificateVersion(tx, {
      guaranteeId: guarantee.id,
      content,
      kind: "CANCELLATION",
      changeType: current.changeType,
      replacesVersionId: current.id,
      hiddenFromHistory: true,
      hides: [current.versionNo],
      createdById: actor.userId,
    });
    await tx.guarantee.update({
      where: { id: guarantee.id },
      data: {
        projectName: restored.projectName,
        amount: BigInt(restored.guaranteeAmount),
        termFrom: new Date(`${restored.termFrom}T00:00:00Z`),
        termTo: new Date(`${restored.termTo}T00:00:00Z`),
      },
    });
    await recordAuditEntry(tx, {
      actor,
      action: "guarantee.cancel-change",
      entityType: "Guarantee",
      entityId: guarantee.id,
      before: auditSnapshot({ versionNo: current.versionNo, amount: guarantee.amount, termTo: guarantee.termTo }),
      after: auditSnapshot({ versionNo: nextVersionNo, restoredVersionNo: previous.versionNo, amount: restored.guaranteeAmount, termTo: restored.termTo, reason: input.reason }),
      request: options.request,
    });
    return version;
  });
}
