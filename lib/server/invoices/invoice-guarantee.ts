// The guarantee a 前払金請求書 is for, in the contractor company's scope: an active 前払金保証 or
// 中間前払金保証 (anything else: NOT_FOUND), with what the invoice prints.
import type { Prisma } from "@/lib/db/client";
import { isUuid } from "@/lib/domain/ids";
import { notFound } from "@/lib/errors";
import { GUARANTEE_FOR_USAGE, depositBankOf } from "@/lib/server/usage-plans/usage-plan-view";

type Db = Pick<Prisma.TransactionClient, "guarantee">;

export async function findInvoiceGuarantee(db: Db, companyId: string, guaranteeId: string) {
  if (!isUuid(guaranteeId) || !isUuid(companyId)) throw notFound();
  const g = await db.guarantee.findFirst({
    where: { id: guaranteeId, companyId, kind: { in: ["ADVANCE", "INTERMEDIATE"] }, status: "ACTIVE" },
    select: {
      ...GUARANTEE_FOR_USAGE,
      contractAmount: true,
      application: { select: { depositBank: true, contractDate: true, projectLocation: true } },
      company: { select: { name: true, representativeName: true, postalCode: true, address: true } },
      orderingBody: { select: { name: true, usageOverheadAllowed: true, invoiceAddressee: true, invoiceStatement: true, invoiceWithKeyNotice: true } },
      branch: { select: { name: true } },
      advanceInvoice: true,
    },
  });
  if (!g) throw notFound();
  return { ...g, depositBank: depositBankOf(g) };
}

export type InvoiceGuarantee = Awaited<ReturnType<typeof findInvoiceGuarantee>>;
