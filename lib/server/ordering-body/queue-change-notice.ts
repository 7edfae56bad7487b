// Called inside the transaction of an amendment, correction or cancellation: when the ordering
// body has verified this guarantee (a signed-in user of theirs did) or recorded its receipt, its
// registered address (the one that receives key notices) is told through the outbox.
import type { Prisma } from "@/lib/db/client";
import { getConfig } from "@/lib/config";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { changeNoticeMail } from "@/lib/mail/templates/change-notice-mail";
import { PRODUCT_NAME } from "@/lib/domain/guarantee-labels";

export async function queueOrderingBodyChangeNotice(
  tx: Prisma.TransactionClient,
  options: { guaranteeId: string; versionId: string; change: string; issuedAt: Date },
): Promise<boolean> {
  const guarantee = await tx.guarantee.findUniqueOrThrow({
    where: { id: options.guaranteeId },
    select: {
      id: true,
      contractNumber: true,
      kind: true,
      projectName: true,
      orderingBodyId: true,
      company: { select: { name: true } },
      orderingBody: { select: { name: true, keySubmissionEmail: true } },
    },
  });
  const to = guarantee.orderingBody.keySubmissionEmail;
  if (!to) return false;
  const seenByBody = await tx.guarantee.count({
    where: {
      id: guarantee.id,
      OR: [
        { verificationAttempts: { some: { succeeded: true, user: { orderingBodyId: guarantee.orderingBodyId } } } },
        { receiptConfirmations: { some: { orderingBodyId: guarantee.orderingBodyId } } },
      ],
    },
  });
  if (!seenByBody) return false;
  const mail = changeNoticeMail({
    orderingBodyName: guarantee.orderingBody.name,
    contractNumber: guarantee.contractNumber,
    productName: PRODUCT_NAME[guarantee.kind],
    contractorName: guarantee.company.name,
    projectName: guarantee.projectName,
    change: options.change,
    issuedAt: options.issuedAt,
    verifyUrl: `${getConfig().APP_URL}/verify`,
  });
  await enqueueMail(tx, {
    kind: "AMENDMENT_NOTICE",
    idempotencyKey: `change-notice:${options.versionId}`,
    to,
    ...mail,
    guaranteeId: guarantee.id,
  });
  return true;
}
