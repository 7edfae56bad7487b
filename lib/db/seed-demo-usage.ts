// Demo of what a contractor does after the guarantee (issue 17), through the real use cases: the river
// work's 前払金使途内訳明細書 approved (forwarded to 〇〇銀行　××支店, one 労務費 line still 未定, so a
// 使途変更申込 can settle it), its 前払金請求書 saved and a 下請契約書 sent (受付待ち); the 佐久市 road work's
// 明細書 with the 25% 現場管理費等 item (佐久市 allows it) waiting in 長野支店's inbox. 三島市 takes the
// 請求書 in the key-notice mail, on its own template. Idempotent: a guarantee that has a 明細書 is left alone.
import { PDFDocument, StandardFonts } from "pdf-lib";
import { uploadDocument } from "@/lib/server/documents/upload-document";
import { saveAdvanceInvoice } from "@/lib/server/invoices/save-advance-invoice";
import { loadActor } from "@/lib/server/load-actor";
import { approveUsagePlan } from "@/lib/server/usage-plans/approve-usage-plan";
import { saveUsagePlanDraft } from "@/lib/server/usage-plans/save-usage-plan-draft";
import { submitUsagePlan } from "@/lib/server/usage-plans/submit-usage-plan";
import type { PrismaClient } from "./client";

const line = (category: string, detail: string, total: string, advance: string, month: string, payeeKind: string, payee: string, payoutMethod = "TRANSFER") => ({
  category,
  detail,
  quantity: "一式",
  totalAmount: total,
  advanceAmount: advance,
  payoutMethod,
  scheduledMonth: month,
  payeeKind,
  payee,
});

async function demoPdf(title: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595.28, 841.89]);
  page.drawText(title, { x: 56, y: 770, size: 18, font: await doc.embedFont(StandardFonts.Helvetica) });
  return doc.save();
}

async function advanceOf(prisma: PrismaClient, submissionKey: string) {
  return prisma.guarantee.findFirst({ where: { kind: "ADVANCE", application: { submissionKey } }, select: { id: true, usagePlan: { select: { id: true } } } });
}

export async function seedDemoUsage(prisma: PrismaClient): Promise<void> {
  await prisma.orderingBody.update({ where: { name: "佐久市" }, data: { usageOverheadAllowed: true } });
  await prisma.orderingBody.update({
    where: { name: "三島市" },
    data: { invoiceWithKeyNotice: true, invoiceAddressee: "三島市長　様", invoiceStatement: "三島市建設工事請負契約約款の規定に基づき、下記のとおり前払金を請求します。" },
  });
  const contractor = await loadActor("CONTRACTOR", { email: "contractor@example.jp" });
  const nagano = await loadActor("SURETY_STAFF", { email: "staff.nagano@example.jp" });
  const basis = { versionId: "", revision: 0, basedOn: "" };

  const river = await advanceOf(prisma, "demo-issued-nagano-river");
  if (river && !river.usagePlan) {
    const saved = await saveUsagePlanDraft({
      actor: contractor,
      guaranteeId: river.id,
      basis,
      input: {
        workType: "CONSTRUCTION",
        lines: [
          line("MATERIAL", "生コンクリート・鉄筋", "18,000,000", "11,000,000", "2026-12", "MATERIAL", "株式会社 信濃生コン"),
          line("LABOR", "護岸工", "9,000,000", "6,000,000", "2027-01", "SUBCONTRACTOR", ""),
          line("TEMPORARY", "仮締切・仮設道路", "3,500,000", "2,500,000", "2026-11", "SUBCONTRACTOR", "〇〇リース 株式会社"),
          line("GUARANTEE_FEE", "前払金保証料", "500,000", "500,000", "2026-11", "GUARANTEE_FEE", "ネットデスク建設業保証 株式会社", "OWN_ACCOUNT"),
        ],
      },
    });
    await submitUsagePlan({ actor: contractor, planId: saved.planId, basis: saved });
    await approveUsagePlan({ actor: nagano, planId: saved.planId, versionId: saved.versionId });
    await saveAdvanceInvoice({ actor: contractor, guaranteeId: river.id, input: { invoiceDate: "2026-11-16", accountType: "普通", accountNumber: "1234567", accountHolder: "マルマルケンセツ（カ" } });
    const item = await prisma.usagePlanItem.findFirstOrThrow({ where: { planId: saved.planId, itemNo: 3 } });
    await uploadDocument({
      actor: contractor,
      input: { target: `item:${item.id}`, kind: "SUBCONTRACT", note: "仮設工の下請契約書（〇〇リース）" },
      file: { name: "下請契約書_〇〇リース.pdf", bytes: await demoPdf("Subcontract (demo)") },
    });
  }

  const saku = await advanceOf(prisma, "demo-issued-saku-road");
  if (saku && !saku.usagePlan) {
    const saved = await saveUsagePlanDraft({
      actor: contractor,
      guaranteeId: saku.id,
      basis,
      input: {
        workType: "CONSTRUCTION",
        lines: [
          line("MATERIAL", "アスファルト合材", "6,200,000", "4,000,000", "2026-11", "MATERIAL", "佐久アスコン 株式会社"),
          line("EQUIPMENT_RENT", "舗装機械", "2,000,000", "1,610,000", "2026-12", "OTHER", ""),
          line("OVERHEAD", "", "1,870,000", "1,870,000", "2026-11", "", "", "OWN_ACCOUNT"),
        ],
      },
    });
    await submitUsagePlan({ actor: contractor, planId: saved.planId, basis: saved });
  }
}
