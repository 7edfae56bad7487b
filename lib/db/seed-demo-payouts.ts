// The demo 預託金払出依頼書 (issue 18) on the river work's approved 明細書 (seed-demo-usage.ts; deposited with
// 〇〇銀行 ××支店), through the real use cases: one request of three lines, of which the bank has paid the
// 材料費; the 仮設費 (振込) and the 保証料 (自社口座への振替) wait in bank@example.jp's inbox, and the 未定 労務費
// cannot be drawn yet. Idempotent: nothing is added once the plan has a request.
import { isoOfYmd, todayInJapan } from "@/lib/domain/wareki";
import { loadActor } from "@/lib/server/load-actor";
import { payPayoutLine } from "@/lib/server/payouts/pay-payout-line";
import { submitPayoutRequest } from "@/lib/server/payouts/submit-payout-request";
import type { PrismaClient } from "./client";

export async function seedDemoPayouts(prisma: PrismaClient): Promise<void> {
  const plan = await prisma.usagePlan.findFirst({ where: { guarantee: { kind: "ADVANCE", application: { submissionKey: "demo-issued-nagano-river" } } } });
  if (!plan?.approvedVersionId || (await prisma.payoutRequest.count({ where: { planId: plan.id } })) > 0) return;
  const lines = await prisma.usagePlanLine.findMany({ where: { versionId: plan.approvedVersionId }, select: { itemId: true, category: true } });
  const item = (category: string) => lines.find((l) => l.category === category)?.itemId;
  const [material, temporary, fee] = [item("MATERIAL"), item("TEMPORARY"), item("GUARANTEE_FEE")];
  if (!material || !temporary || !fee) return;
  const [contractor, bank] = await Promise.all([loadActor("CONTRACTOR", { email: "contractor@example.jp" }), loadActor("BANK_USER", { email: "bank@example.jp" })]);
  const account = { payoutMethod: "TRANSFER", bankName: "〇〇銀行", accountType: "普通" };
  const { requestId } = await submitPayoutRequest({
    actor: contractor,
    planId: plan.id,
    input: {
      lines: [
        { itemId: material, amount: "4,500,000", ...account, bankBranchName: "長野駅前支店", accountNumber: "1234567", accountHolderKana: "カ）シナノナマコン" },
        { itemId: temporary, amount: "1,500,000", ...account, bankBranchName: "××支店", accountNumber: "7654321", accountHolderKana: "カ）マルマルリース" },
        { itemId: fee, amount: "500,000", payoutMethod: "OWN_ACCOUNT" },
      ],
      note: "材料費は12月末支払分です。",
    },
  });
  const first = await prisma.payoutRequestLine.findFirstOrThrow({ where: { requestId, position: 0 } });
  // Seeding sends no e-mail: the demo mailbox shows only what a visitor did.
  await payPayoutLine({ actor: bank, lineId: first.id, input: { paidOn: isoOfYmd(todayInJapan()), paidAmount: "4,500,000" }, silent: true });
}
