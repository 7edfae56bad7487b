// 訂正: the version in force stated something wrong. A new signed version (対象 訂正) replaces it; the
// replaced version is kept for the audit trail but hidden from the contractor's history
// (「訂正、変更取消された履歴は表示されません」). The correction of a change keeps its changeType, so
// it can still be cancelled as a change. One transaction: versions, guarantee row, audit entry.
import { getPrisma } from "@/lib/db/client";
import { isoDate, nextCertificateContent } from "@/lib/domain/certificate-content";
import { AppError, invalidInput } from "@/lib/errors";
import { parseInput } from "@/lib/schemas/parse-input";
import { ZCorrectGuarantee } from "@/lib/schemas/guarantee-amendment";
import { auditSnapshot, recordAuditEntry } from "@/lib/server/audit/record-audit-entry";
import type { RequestContext } from "@/lib/server/request-context";
import { assertRole, type StaffActor } from "@/lib/auth/actor";
import { createCertificateVersion } from "./create-certificate-version";
import { lockBranchGuarantee } from "./lock-branch-guarantee";


export async function correctGuarantee(options: { guaranteeId: string; actor: StaffActor; input: unknown; request?: RequestContext }) {
  const actor = assertRole(options.actor, "SURETY_STAFF");
  const input = parseInput(ZCorrectGuarantee, options.input);
  const { reason, ...corrected } = input;

  return getPrisma().$transaction(async (tx) => {
    const { guarantee, current, currentContent, nextVersionNo } = await lockBranchGuarantee(tx, options.guaranteeId, actor.branchId);
    if (corrected.guaranteeAmount <= 0n) throw invalidInput({ guaranteeAmount: "保証金額は1円以上で入力してください。" });
    if (corrected.guaranteeAmount > guarantee.contractAmount) throw invalidInput({ guaranteeAmount: "保証金額が請負金額を超えています。" });
    if (corrected.termTo < corrected.termFrom) throw invalidInput({ termTo: "保証期間の終了日が開始日より前です。" });
    if (guarantee.kind !== "ADVANCE" && corrected.depositBank !== null) throw invalidInput({ depositBank: "預託金融機関は前払金保証だけに記載します。" });

    const changes = {
      projectName: corrected.projectName,
      projectLocation: corrected.projectLocation,
      jvName: corrected.jvName,
      depositBank: corrected.depositBank,
      guaranteeAmount: corrected.guaranteeAmount.toString(),
      termFrom: isoDate(corrected.termFrom),
      termTo: isoDate(corrected.termTo),
    };
    const unchanged = (Object.keys(changes) as (keyof typeof changes)[]).every((k) => changes[k] === currentContent[k]);
    if (unchanged) throw new AppError("VALIDATION", "訂正する内容がありません（現在の内容と同じです）。");

    const content = nextCertificateContent(
      currentContent,
      { ...changes, versionNo: nextVersionNo, versionKind: "CORRECTION", changeType: current.changeType, issuedAt: new Date() },
    );
    const version = await createCertificateVersion(tx, {
      guaranteeId: guarantee.id,
      content,
      kind: "CORRECTION",
      changeType: current.changeType,
      replacesVersionId: current.id,
      hides: [current.versionNo],
      createdById: actor.userId,
    });
    await tx.guarantee.update({
      where: { id: guarantee.id },
      data: { projectName: corrected.projectName, amount: corrected.guaranteeAmount, termFrom: corrected.termFrom, termTo: corrected.termTo },
    });
    await recordAuditEntry(tx, {
      actor,
      action: "guarantee.correct",
      entityType: "Guarantee",
      entityId: guarantee.id,
      before: auditSnapshot({ versionNo: current.versionNo, ...pick(currentContent, Object.keys(changes)) }),
      after: auditSnapshot({ versionNo: nextVersionNo, replacesVersionNo: current.versionNo, ...changes, reason }),
      request: options.request,
    });
    return version;
  });
}

function pick(source: Record<string, unknown>, keys: string[]) {
  return Object.fromEntries(keys.map((k) => [k, source[k]]));
}
