// 変更 of an issued guarantee: 増額, 減額 or 保証期限変更. Adds a new signed certificate version (対象 変更)
// with its own 電子保証発行日時; the 認証キー stays the same, so the ordering body sees the new version
// with the key it already has. One transaction: version, guarantee row, audit entry.
import { getPrisma } from "@/lib/db/client";
import { formatWareki } from "@/lib/domain/wareki";
import { formatYen } from "@/lib/domain/yen";
import { isoDate, nextCertificateContent } from "@/lib/domain/certificate-content";
import { invalidInput } from "@/lib/errors";
import { parseInput } from "@/lib/schemas/parse-input";
import { ZAmendGuarantee, type TAmendGuarantee } from "@/lib/schemas/guarantee-amendment";
import { auditSnapshot, recordAuditEntry } from "@/lib/server/audit/record-audit-entry";
import type { RequestContext } from "@/lib/server/request-context";
import { assertRole, type StaffActor } from "@/lib/auth/actor";
import { amountRuleBreak, changedAmountRuleMessage, isTermInOrder, termOrderMessage } from "@/lib/domain/guarantee-rules";
import { recordChangeFeeStatement } from "@/lib/server/fees/fee-change-statement";
import { CHANGE_TYPE_LABEL } from "@/lib/domain/guarantee-labels";
import { createCertificateVersion } from "./create-certificate-version";
import { loadGuaranteeAmountRules } from "./guarantee-amount-rules";
import { lockBranchGuarantee, type LockedGuarantee } from "./lock-branch-guarantee";

export async function amendGuarantee(options: { guaranteeId: string; actor: StaffActor; input: unknown; request?: RequestContext }) {
  const actor = assertRole(options.actor, "SURETY_STAFF");
  const input = parseInput(ZAmendGuarantee, options.input);

  return getPrisma().$transaction(async (tx) => {
    const locked = await lockBranchGuarantee(tx, options.guaranteeId, actor.branchId);
    const { guarantee, currentContent, nextVersionNo } = locked;
    const amended = amendedValues(locked, input, await loadGuaranteeAmountRules(tx, locked.guarantee));
    const content = nextCertificateContent(currentContent, {
      guaranteeAmount: amended.amount.toString(),
      termTo: isoDate(amended.termTo),
      versionNo: nextVersionNo,
      versionKind: "CHANGE",
      changeType: input.changeType,
      issuedAt: new Date(),
    });
    const version = await createCertificateVersion(tx, { guaranteeId: guarantee.id, content, kind: "CHANGE", changeType: input.changeType, createdById: actor.userId });
    await tx.guarantee.update({ where: { id: guarantee.id }, data: { amount: amended.amount, termTo: amended.termTo } });
    // 追加保証料 (増額, a later 保証期限) or 保証料返還 (減額, an earlier one), under the table that applied.
    await recordChangeFeeStatement(tx, guarantee, {
      type: input.changeType,
      after: { amount: amended.amount, termFrom: guarantee.termFrom, termTo: amended.termTo },
      reason: CHANGE_TYPE_LABEL[input.changeType],
    });
    await recordAuditEntry(tx, {
      actor,
      action: "guarantee.amend",
      entityType: "Guarantee",
      entityId: guarantee.id,
      before: auditSnapshot({ amount: guarantee.amount, termTo: isoDate(guarantee.termTo), versionNo: locked.current.versionNo }),
      after: auditSnapshot({ changeType: input.changeType, amount: amended.amount, termTo: isoDate(amended.termTo), versionNo: nextVersionNo, reason: input.reason }),
      request: options.request,
    });
    return version;
  });
}

/** The rules of each amendment, checked against the stored guarantee; refusals name the field. The amount
 * after a 増額 or 減額 keeps the same rules as at 送信 and 発行 (lib/domain/guarantee-rules.ts): a 前払金保証
 * within the ordering body's limit (e.g. 4/10), a 契約保証 between its minimum and 請負金額. */
function amendedValues(
  { guarantee }: LockedGuarantee,
  input: TAmendGuarantee,
  rules: Awaited<ReturnType<typeof loadGuaranteeAmountRules>>,
): { amount: bigint; termTo: Date } {
  const checkAmount = (amount: bigint, subject: string) => {
    const broken = amountRuleBreak(guarantee.kind, amount, rules.base, rules.limits);
    if (broken) throw invalidInput({ amount: changedAmountRuleMessage(broken, subject, amount) });
    return { amount, termTo: guarantee.termTo };
  };
  switch (input.changeType) {
    case "INCREASE": {
      if (input.amount <= 0n) throw invalidInput({ amount: "増額する金額は1円以上で入力してください。" });
      return checkAmount(guarantee.amount + input.amount, "増額後の保証金額");
    }
    case "DECREASE": {
      if (input.amount <= 0n) throw invalidInput({ amount: "減額する金額は1円以上で入力してください。" });
      const amount = guarantee.amount - input.amount;
      if (amount <= 0n) {
        throw invalidInput({
          amount: `減額後の保証金額が0円以下になります。減額は現在の保証金額（${formatYen(guarantee.amount)}）未満で入力してください。`,
        });
      }
      return checkAmount(amount, "減額後の保証金額");
    }
    case "TERM_CHANGE": {
      if (!isTermInOrder(guarantee.termFrom, input.termTo)) {
        throw invalidInput({ termTo: termOrderMessage("変更後の保証期限", `保証期間の開始日（${formatWareki(guarantee.termFrom)}）`) });
      }
      if (input.termTo.getTime() === guarantee.termTo.getTime()) {
        throw invalidInput({ termTo: "変更後の保証期限が現在の保証期限と同じです。" });
      }
      return { amount: guarantee.amount, termTo: input.termTo };
    }
  }
}
