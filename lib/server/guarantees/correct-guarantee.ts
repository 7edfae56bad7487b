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
import { amountRuleBreak, amountRuleMessage, isTermInOrder, termOrderMessage } from "@/lib/domain/guarantee-rules";
import { recordChangeFeeStatement } from "@/lib/server/fees/fee-change-statement";
import { createCertificateVersion } from "./create-certificate-version";
import { loadGuaranteeAmountRules } from "./guarantee-amount-rules";
import { lockBranchGuarantee } from "./lock-branch-guarantee";

export async function correctGuarantee(options: { guaranteeId: string; actor: StaffActor; input: unknown; request?: RequestContext }) {
  const actor = assertRole(options.actor, "SURETY_STAFF");
  const input = parseInput(ZCorrectGuarantee, options.input);
  const { reason, ...corrected } = input;

  return getPrisma().$transaction(async (tx) => {
    const { guarantee, current, currentContent, nextVersionNo } = await lockBranchGuarantee(tx, options.guaranteeId, actor.branchId);
    // The same amount and term rules as 送信, 発行 and 変更 (lib/domain/guarantee-rules.ts).
    const rules = await loadGuaranteeAmountRules(tx, guarantee);
    const broken = amountRuleBreak(guarantee.kind, corrected.guaranteeAmount, rules.base, rules.limits);
    if (broken) throw invalidInput({ guaranteeAmount: amountRuleMessage(broken, "保証金額") });
    if (!isTermInOrder(corrected.termFrom, corrected.termTo)) throw invalidInput({ termTo: termOrderMessage("保証期間の終了日", "開始日") });
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
    // 訂正 recomputes the fee and replaces the 保証料計算書 in force (only when the amount or term changed).
    if (corrected.guaranteeAmount !== guarantee.amount || corrected.termFrom.getTime() !== guarantee.termFrom.getTime() || corrected.termTo.getTime() !== guarantee.termTo.getTime()) {
      await recordChangeFeeStatement(tx, guarantee, { type: "CORRECTION", after: { amount: corrected.guaranteeAmount, termFrom: corrected.termFrom, termTo: corrected.termTo } });
    }
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
