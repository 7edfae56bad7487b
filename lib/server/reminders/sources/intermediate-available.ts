// 中間前払金保証の申込: the company's active 前払金保証 with no 中間 application made from them, whose 工期 is
// under way around today (着工日 ≤ today + 30, 完成日 ≥ today: half the 工期 cannot fall in the window
// otherwise), with their contract and the ordering body's 中間前払金 rules; the rule keeps those whose half
// falls within 30 days and for which the body pays a 中間前払金. The numbers are the 中間 form's own
// (intermediateEligibilityOf), so the reminder never promises what the form refuses.
import { getPrisma } from "@/lib/db/client";
import { PRODUCT_NAME } from "@/lib/domain/guarantee-labels";
import { INTERMEDIATE_WINDOW_DAYS, intermediateAvailableReminder, type Reminder } from "@/lib/domain/reminders";
import { dateOfYmd, ymdOfDate, type YMD } from "@/lib/domain/wareki";
import { intermediateEligibilityOf } from "@/lib/server/bond/intermediate-context";

export async function intermediateAvailableSource(companyId: string, today: YMD): Promise<Reminder[]> {
  const from = dateOfYmd(today);
  const windowEnd = new Date(from.getTime() + INTERMEDIATE_WINDOW_DAYS * 86_400_000);
  const advances = await getPrisma().guarantee.findMany({
    where: {
      companyId,
      kind: "ADVANCE",
      status: "ACTIVE",
      intermediateApplication: { is: null },
      application: { periodFrom: { lte: windowEnd }, periodTo: { gte: from } },
    },
    include: { application: true, orderingBody: true },
  });
  return advances.flatMap((g) => {
    const eligibility = intermediateEligibilityOf(g);
    const reminder = intermediateAvailableReminder({
      guarantee: { id: g.id, contractNumber: g.contractNumber, productName: PRODUCT_NAME[g.kind], projectName: g.projectName },
      active: true,
      periodFrom: ymdOfDate(g.application.periodFrom!),
      periodTo: ymdOfDate(g.application.periodTo!),
      max: eligibility.max,
      belowMinimum: eligibility.belowMinimum,
      contractHasIntermediate: g.application.intermediateAdvance,
      hasIntermediateApplication: false,
      today,
    });
    return reminder ? [reminder] : [];
  });
}
