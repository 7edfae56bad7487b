// 前払金使途内訳明細書の提出: the company's active 前払金保証 / 中間前払金保証 whose 明細書 has no approved version,
// with the state of its open version (none, 一時保存, 送信済, 差戻し); the rule leaves out those waiting for 審査.
import { getPrisma } from "@/lib/db/client";
import { PRODUCT_NAME } from "@/lib/domain/guarantee-labels";
import { usagePlanMissingReminder, type Reminder, type UsagePlanState } from "@/lib/domain/reminders";

export async function usagePlanMissingSource(companyId: string): Promise<Reminder[]> {
  const guarantees = await getPrisma().guarantee.findMany({
    where: {
      companyId,
      kind: { in: ["ADVANCE", "INTERMEDIATE"] },
      status: "ACTIVE",
      OR: [{ usagePlan: { is: null } }, { usagePlan: { approvedVersionId: null } }],
    },
    select: {
      id: true,
      kind: true,
      contractNumber: true,
      projectName: true,
      usagePlan: { select: { versions: { where: { openPlanId: { not: null } }, select: { status: true }, take: 1 } } },
    },
    orderBy: { issuedAt: "asc" },
  });
  return guarantees.flatMap((g) => {
    const open = g.usagePlan?.versions[0];
    const state: UsagePlanState = open ? open.status : "NONE";
    const reminder = usagePlanMissingReminder({
      guarantee: { id: g.id, contractNumber: g.contractNumber, productName: PRODUCT_NAME[g.kind], projectName: g.projectName },
      active: true,
      state,
    });
    return reminder ? [reminder] : [];
  });
}
