// The rules of a sent 明細書 (usage-plan-rules.ts, complete), applied to a stored version with the
// guarantee as it is now: 送信 and 承認 both re-read them, so a version the guarantee has outgrown (a
// 増額 meanwhile) is refused with the rule it breaks, and a cancelled guarantee's with 「取消された保証」.
import type { Prisma } from "@/lib/db/client";
import type { UsageWorkType } from "@/lib/domain/enums";
import { usagePlanErrors } from "@/lib/domain/usage-plan-rules";
import { conflict, invalidInput } from "@/lib/errors";
import { usagePlanRefusals } from "./usage-plan-messages";
import { guaranteeView, GUARANTEE_FOR_USAGE, loadVersionLines } from "./usage-plan-view";

export async function assertCompleteUsagePlan(tx: Prisma.TransactionClient, guaranteeId: string, version: { id: string; workType: UsageWorkType }) {
  const row = await tx.guarantee.findUniqueOrThrow({ where: { id: guaranteeId }, select: GUARANTEE_FOR_USAGE });
  // A cancelled guarantee's advance is not spent: nothing is sent or approved for it.
  if (row.status !== "ACTIVE") throw conflict(usagePlanRefusals.cancelled);
  const guarantee = guaranteeView(row);
  const lines = await loadVersionLines(tx, version.id);
  const errors = usagePlanErrors(lines, { workType: version.workType, guaranteeKind: guarantee.kind, overheadAllowed: guarantee.overheadAllowed, guaranteeAmount: guarantee.amount }, { complete: true });
  if (Object.keys(errors).length) {
    throw invalidInput(errors, errors.total ?? "明細書の内容に誤りがあります。編集画面で各行のメッセージをご確認ください。");
  }
  return { guarantee, lines };
}
