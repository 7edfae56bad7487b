// The demo 前払金使途内訳明細書 and 預託金払出依頼書 of 〇〇建設's 「令和8年度 県単河川維持工事」 (deposited with
// 〇〇銀行 ××支店), through the real use cases: the 明細書 filed and approved (one 支払先 still 未定), one
// request of two lines, of which the bank has paid one; the other waits in bank@example.jp's inbox.
// Idempotent: each step runs only when the plan has not reached it.
import { isoOfYmd, todayInJapan } from "@/lib/domain/wareki";
import { loadActor } from "@/lib/server/load-actor";
import { payPayoutLine } from "@/lib/server/payouts/pay-payout-line";
import { submitPayoutRequest } from "@/lib/server/payouts/submit-payout-request";
import { approveUsagePlan } from "@/lib/server/usage-plans/approve-usage-plan";
import { saveUsagePlanDraft } from "@/lib/server/usage-plans/save-usage-plan-draft";
import { submitUsagePlan } from "@/lib/server/usage-plans/submit-usage-plan";
import type { PrismaClient } from "./client";

const line = (category: string, advanceAmount: string, totalAmount: string, scheduledMonth: string, payeeKind: string, payee: string, detail = "") => ({
  category, detail, quantity: "一式", totalAmount, advanceAmount, payoutMethod: "TRANSFER", scheduledMonth, payeeKind, payee,
});

export async function seedDemoPayouts(prisma: PrismaClient): Promise<void> {
  const application = await prisma.application.findUnique({ where: { submissionKey: "demo-issued-nagano-river" } });
  const guarantee = application && (await prisma.guarantee.findFirst({ where: { applicationId: application.id, kind: "ADVANCE" }, include: { usagePlan: true } }));
  if (!guarantee) return;
  const [contractor, staff, bank] = await Promise.all([
    loadActor("CONTRACTOR", { email: "contractor@example.jp" }),
    loadActor("SURETY_STAFF", { email: "staff.nagano@example.jp" }),
    loadActor("BANK_USER", { email: "bank@example.jp" }),
  ]);
  let plan = guarantee.usagePlan;
  if (!plan) {
    const saved = await saveUsagePlanDraft({
      actor: contractor,
      guaranteeId: guarantee.id,
      basis: { versionId: "", revision: 0, basedOn: "" },
      input: {
        workType: "CONSTRUCTION",
        lines: [
          line("MATERIAL", "9,000,000", "21,000,000", "2026-12", "MATERIAL", "株式会社 信濃生コン", "生コンクリート・鉄筋"),
          line("LABOR", "6,000,000", "14,000,000", "2027-01", "SUBCONTRACTOR", "〇〇土木 有限会社", "護岸工 下請"),
          line("EQUIPMENT_RENT", "3,000,000", "5,000,000", "2027-01", "OTHER", "長野リース 株式会社", "バックホウ"),
          line("TEMPORARY", "2,000,000", "4,000,000", "2027-02", "SUBCONTRACTOR", "", "仮締切"),
        ],
      },
    });
    await submitUsagePlan({ actor: contractor, planId: saved.planId, basis: saved });
    await approveUsagePlan({ actor: staff, planId: saved.planId, versionId: saved.versionId });
    plan = await prisma.usagePlan.findUniqueOrThrow({ where: { id: saved.planId } });
  }
  if (!plan.approvedVersionId || (await prisma.payoutRequest.count({ where: { planId: plan.id } })) > 0) return;
  const items = await prisma.usagePlanLine.findMany({ where: { versionId: plan.approvedVersionId }, orderBy: { position: "asc" }, select: { itemId: true, payee: true } });
  const [material, labor] = items.filter((i) => i.payee !== null);
  if (!material?.itemId || !labor?.itemId) return;
  const account = { accountType: "普通", bankName: "〇〇銀行", bankBranchName: "××支店" };
  const { requestId } = await submitPayoutRequest({
    actor: contractor,
    planId: plan.id,
    input: {
      lines: [
        { itemId: material.itemId, payoutMethod: "TRANSFER", amount: "4,500,000", ...account, accountNumber: "1234567", accountHolderKana: "カ）シナノナマコン" },
        { itemId: labor.itemId, payoutMethod: "TRANSFER", amount: "2,000,000", ...account, accountNumber: "7654321", accountHolderKana: "ユ）マルマルドボク" },
      ],
      note: "材料費は12月末支払分です。",
    },
  });
  const first = await prisma.payoutRequestLine.findFirstOrThrow({ where: { requestId, position: 0 } });
  await payPayoutLine({ actor: bank, lineId: first.id, input: { paidOn: isoOfYmd(todayInJapan()), paidAmount: "4,500,000" }, silent: true });
}
