// 入金確認 of every fee of an application that 発行 would not find settled, received today by 振込, at
// exactly the fee: what the demo seed and test fixtures do for a company without 一括納付 before they
// press 発行. Each payment goes through recordFeePayment (locks, audit), so nothing here bypasses a rule.
import type { StaffActor } from "@/lib/auth/actor";
import { isoOfYmd, todayInJapan } from "@/lib/domain/wareki";
import { getBranchApplicationFees } from "./get-branch-application-fees";
import { recordFeePayment } from "./record-fee-payment";

export async function recordFeesReceived({ actor, applicationId }: { actor: StaffActor; applicationId: string }): Promise<void> {
  const fees = await getBranchApplicationFees({ actor, applicationId });
  for (const row of fees.rows) {
    if (row.fee === null || row.settlement?.settled) continue;
    await recordFeePayment({ actor, applicationId, input: { kind: row.kind, receivedOn: isoOfYmd(todayInJapan()), amount: String(row.fee), method: "TRANSFER" } });
  }
}
