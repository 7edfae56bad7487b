// The read model of 預託金払出依頼書, shared by the contractor's, the bank's and the staff's pages: a
// summary per request for lists, and one request with its lines beside the approved 明細書 lines it draws
// on and what remains on each (item-balances.ts). The caller's scope is in `where` (company, branch or
// bank branch); another's request is NOT_FOUND.
import { getPrisma, type Prisma } from "@/lib/db/client";
import type { PayoutLineStatus, PayoutMethod } from "@/lib/domain/enums";
import { isUuid } from "@/lib/domain/ids";
import { notFound } from "@/lib/errors";
import { totalBalance, loadItemBalances, type DrawableLine } from "./item-balances";
import type { ItemBalance } from "@/lib/domain/payout-rules";

export type PayoutScope = { companyId: string } | { branchId: string } | { bankBranchId: string };

export type PayoutRequestSummary = {
  id: string;
  requestNo: number;
  submittedAt: Date;
  contractNumber: string;
  projectName: string;
  companyName: string;
  bankName: string;
  requested: bigint;
  paid: bigint;
  statuses: PayoutLineStatus[];
};

export const SUMMARY_SELECT = {
  id: true,
  requestNo: true,
  submittedAt: true,
  guarantee: { select: { contractNumber: true, projectName: true, company: { select: { name: true } } } },
  bankBranch: { select: { name: true, bank: { select: { name: true } } } },
  lines: { select: { amount: true, paidAmount: true, status: true } },
} satisfies Prisma.PayoutRequestSelect;

export function summaryOf(r: Prisma.PayoutRequestGetPayload<{ select: typeof SUMMARY_SELECT }>): PayoutRequestSummary {
  return {
    id: r.id,
    requestNo: r.requestNo,
    submittedAt: r.submittedAt,
    contractNumber: r.guarantee.contractNumber,
    projectName: r.guarantee.projectName,
    companyName: r.guarantee.company.name,
    bankName: `${r.bankBranch.bank.name} ${r.bankBranch.name}`,
    requested: r.lines.reduce((s, l) => s + l.amount, 0n),
    paid: r.lines.reduce((s, l) => s + (l.paidAmount ?? 0n), 0n),
    statuses: r.lines.map((l) => l.status),
  };
}

export async function listPayoutRequests(where: Prisma.PayoutRequestWhereInput, take = 50): Promise<PayoutRequestSummary[]> {
  const rows = await getPrisma().payoutRequest.findMany({ where, orderBy: { submittedAt: "desc" }, take, select: SUMMARY_SELECT });
  return rows.map(summaryOf);
}

export type PayoutRequestLineView = {
  id: string;
  itemId: string;
  itemNo: number | null;
  category: string | null;
  payee: string;
  amount: bigint;
  payoutMethod: PayoutMethod;
  bankName: string | null;
  bankBranchName: string | null;
  accountType: string | null;
  accountNumber: string | null;
  accountHolderKana: string | null;
  status: PayoutLineStatus;
  paidAmount: bigint | null;
  paidOn: Date | null;
  returnReason: string | null;
  decidedAt: Date | null;
};

export type PayoutDocument = { id: string; itemId: string; kind: string; fileName: string; size: number };

export type PayoutRequestDetail = PayoutRequestSummary & {
  planId: string;
  guaranteeId: string;
  guaranteeAmount: bigint;
  note: string | null;
  lines: PayoutRequestLineView[];
  /** The approved 明細書's lines with what remains on each, now. */
  planLines: DrawableLine[];
  total: ItemBalance;
  documents: PayoutDocument[];
};

export async function loadPayoutRequestDetail(requestId: string, scope: PayoutScope): Promise<PayoutRequestDetail> {
  if (!isUuid(requestId)) throw notFound();
  const prisma = getPrisma();
  const row = await prisma.payoutRequest.findFirst({
    where: { id: requestId, ...scope },
    select: {
      ...SUMMARY_SELECT,
      planId: true,
      guaranteeId: true,
      note: true,
      guarantee: { select: { ...SUMMARY_SELECT.guarantee.select, amount: true } },
      plan: { select: { id: true, approvedVersionId: true } },
      lines: { orderBy: { position: "asc" } },
    },
  });
  if (!row) throw notFound();
  const planLines = await loadItemBalances(prisma, row.plan);
  const itemIds = [...new Set([...row.lines.map((l) => l.itemId), ...planLines.map((l) => l.itemId)])];
  const documents = await prisma.submittedDocument.findMany({
    where: { usagePlanItemId: { in: itemIds } },
    orderBy: { uploadedAt: "asc" },
    select: { id: true, usagePlanItemId: true, kind: true, fileName: true, size: true },
  });
  return {
    ...summaryOf(row),
    planId: row.planId,
    guaranteeId: row.guaranteeId,
    guaranteeAmount: row.guarantee.amount,
    note: row.note,
    lines: row.lines.map((l) => {
      const plan = planLines.find((p) => p.itemId === l.itemId);
      return { ...l, payoutMethod: l.payoutMethod as PayoutMethod, itemNo: plan?.itemNo ?? null, category: plan?.category ?? null };
    }),
    planLines,
    total: totalBalance(planLines),
    documents: documents.map((d) => ({ id: d.id, itemId: d.usagePlanItemId!, kind: d.kind, fileName: d.fileName, size: d.size })),
  };
}
