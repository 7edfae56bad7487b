// 認証キーの提出: the company's active e-guarantees (and 契約保証予約 not yet converted) with no 発注者へ提出 queued
// or sent (a failed mail does not count) and not verified by a user of their own ordering body. Two indexed lookups per company.
import { getPrisma } from "@/lib/db/client";
import { PRODUCT_NAME } from "@/lib/domain/guarantee-labels";
import { keyNoticeReminder, type Reminder } from "@/lib/domain/reminders";

export async function keyNoticeNotSentSource(companyId: string): Promise<Reminder[]> {
  const candidates = await getPrisma().guarantee.findMany({
    where: {
      companyId,
      form: "ELECTRONIC",
      status: "ACTIVE",
      outbox: { none: { kind: "KEY_SUBMISSION", status: { not: "FAILED" } } },
      // A 契約保証予約 already converted into its 契約保証 has done its work: the bid is over.
      NOT: { kind: "BID_BOND_RESERVATION", conversion: { isNot: null } },
    },
    select: {
      id: true,
      kind: true,
      contractNumber: true,
      projectName: true,
      orderingBodyId: true,
      outbox: { where: { kind: "KEY_SUBMISSION" }, select: { id: true }, take: 1 },
      verificationAttempts: { where: { succeeded: true, user: { orderingBodyId: { not: null } } }, select: { user: { select: { orderingBodyId: true } } } },
    },
    orderBy: { issuedAt: "asc" },
  });
  return candidates.flatMap((g) => {
    const reminder = keyNoticeReminder({
      guarantee: { id: g.id, contractNumber: g.contractNumber, productName: PRODUCT_NAME[g.kind], projectName: g.projectName },
      active: true,
      submitted: false,
      checkedByBody: g.verificationAttempts.some((a) => a.user?.orderingBodyId === g.orderingBodyId),
      // Every submission left is a failed one (the WHERE excludes the others).
      lastSubmissionFailed: g.outbox.length > 0,
    });
    return reminder ? [reminder] : [];
  });
}
