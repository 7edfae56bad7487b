// 支払先の確定（使途変更）: the approved 明細書 of the company's active guarantees that still have a line whose
// 支払先 is 未定 (payee null outside the 現場管理費等 item: the rule decides with isPayeeSettled), with the
// state of an open 使途変更 (one sent and waiting for 審査 asks nothing more).
import { getPrisma } from "@/lib/db/client";
import { PRODUCT_NAME } from "@/lib/domain/guarantee-labels";
import { unsettledPayeeReminder, type Reminder } from "@/lib/domain/reminders";

export async function unsettledPayeeSource(companyId: string): Promise<Reminder[]> {
  const plans = await getPrisma().usagePlan.findMany({
    where: { companyId, guarantee: { status: "ACTIVE" }, approvedVersion: { lines: { some: { payee: null } } } },
    select: {
      id: true,
      approvedVersionId: true,
      guarantee: { select: { id: true, kind: true, contractNumber: true, projectName: true } },
      approvedVersion: { select: { lines: { orderBy: { position: "asc" }, select: { category: true, payee: true, item: { select: { itemNo: true } } } } } },
      versions: { where: { openPlanId: { not: null } }, select: { status: true }, take: 1 },
    },
    orderBy: { createdAt: "asc" },
  });
  return plans.flatMap((p) => {
    const g = p.guarantee;
    const reminder = unsettledPayeeReminder({
      guarantee: { id: g.id, contractNumber: g.contractNumber, productName: PRODUCT_NAME[g.kind], projectName: g.projectName },
      active: true,
      planId: p.id,
      approvedVersionId: p.approvedVersionId!,
      lines: (p.approvedVersion?.lines ?? []).map((l) => ({ itemNo: l.item?.itemNo ?? null, category: l.category, payee: l.payee })),
      changeSubmitted: p.versions[0]?.status === "SUBMITTED",
    });
    return reminder ? [reminder] : [];
  });
}
