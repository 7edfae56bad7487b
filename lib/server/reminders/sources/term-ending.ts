// 保証期限の変更: the company's active guarantees whose 保証期限 falls within the window, with the 工期 of their
// application; the rule keeps those whose 工期 continues past the 保証期限.
import { getPrisma } from "@/lib/db/client";
import { PRODUCT_NAME } from "@/lib/domain/guarantee-labels";
import { TERM_ENDING_WINDOW_DAYS, termEndingReminder, type Reminder } from "@/lib/domain/reminders";
import { dateOfYmd, ymdOfDate, type YMD } from "@/lib/domain/wareki";

export async function termEndingSource(companyId: string, today: YMD): Promise<Reminder[]> {
  const from = dateOfYmd(today);
  const to = new Date(from.getTime() + TERM_ENDING_WINDOW_DAYS * 86_400_000);
  const guarantees = await getPrisma().guarantee.findMany({
    where: { companyId, status: "ACTIVE", termTo: { gte: from, lte: to } },
    select: { id: true, kind: true, contractNumber: true, projectName: true, branchId: true, termTo: true, application: { select: { periodTo: true } } },
  });
  return guarantees.flatMap((g) => {
    const reminder = termEndingReminder({
      guarantee: { id: g.id, contractNumber: g.contractNumber, productName: PRODUCT_NAME[g.kind], projectName: g.projectName },
      branchId: g.branchId,
      active: true,
      termTo: ymdOfDate(g.termTo),
      periodTo: g.application.periodTo ? ymdOfDate(g.application.periodTo) : null,
      today,
    });
    return reminder ? [reminder] : [];
  });
}
