// The read model of a 前払金使途内訳明細書, shared by the contractor's and the staff's pages: the
// guarantee it is for, the approved version in force, the open one (一時保存 / 送信済 / 差戻し) and the
// history of every version with its lines. The caller's scope is in `where` (company or branch).
import { getPrisma, type Prisma } from "@/lib/db/client";
import type { GuaranteeKind, PayeeKind, PayoutMethod, UsagePlanStatus, UsagePlanVersionKind, UsageWorkType } from "@/lib/domain/enums";
import { asCertificateContent } from "@/lib/domain/certificate-content";
import { currentVersion } from "@/lib/domain/certificate-history";
import { yearMonthOfDate } from "@/lib/domain/month-input";
import type { UsagePlanLineValues } from "@/lib/domain/usage-plan-rules";
import { notFound } from "@/lib/errors";

export type UsagePlanLineView = UsagePlanLineValues & { id: string; itemId: string | null; itemNo: number | null };

export type UsagePlanVersionView = {
  id: string;
  versionNo: number;
  kind: UsagePlanVersionKind;
  status: UsagePlanStatus;
  revision: number;
  workType: UsageWorkType;
  changeReason: string | null;
  companyMessage: string | null;
  createdAt: Date;
  submittedAt: Date | null;
  decidedAt: Date | null;
  forwardedAt: Date | null;
  forwardedTo: string | null;
  lines: UsagePlanLineView[];
};

export type UsageGuaranteeView = {
  id: string;
  contractNumber: string;
  kind: GuaranteeKind;
  projectName: string;
  amount: bigint;
  companyName: string;
  branchName: string;
  orderingBodyName: string;
  overheadAllowed: boolean;
  depositBank: string | null;
};

export type UsagePlanView = {
  id: string;
  guarantee: UsageGuaranteeView;
  approved: UsagePlanVersionView | null;
  open: UsagePlanVersionView | null;
  /** Every version, newest first. */
  versions: UsagePlanVersionView[];
};

export const GUARANTEE_FOR_USAGE = {
  id: true,
  contractNumber: true,
  kind: true,
  projectName: true,
  amount: true,
  status: true,
  company: { select: { name: true } },
  branch: { select: { name: true } },
  orderingBody: { select: { name: true, usageOverheadAllowed: true } },
  application: { select: { depositBank: true } },
  versions: { select: { versionNo: true, hiddenFromHistory: true, content: true } },
} satisfies Prisma.GuaranteeSelect;

type GuaranteeRow = Prisma.GuaranteeGetPayload<{ select: typeof GUARANTEE_FOR_USAGE }>;

/** 預託金融機関 as the certificate in force names it (a paper guarantee has none: its application's). */
export function depositBankOf(guarantee: Pick<GuaranteeRow, "versions" | "application">): string | null {
  const version = currentVersion(guarantee.versions);
  return (version ? asCertificateContent(version.content).depositBank : null) ?? guarantee.application.depositBank;
}

export function guaranteeView(g: GuaranteeRow): UsageGuaranteeView {
  return {
    id: g.id,
    contractNumber: g.contractNumber,
    kind: g.kind,
    projectName: g.projectName,
    amount: g.amount,
    companyName: g.company.name,
    branchName: g.branch.name,
    orderingBodyName: g.orderingBody.name,
    overheadAllowed: g.orderingBody.usageOverheadAllowed,
    depositBank: depositBankOf(g),
  };
}

const VERSION_SELECT = {
  id: true,
  versionNo: true,
  kind: true,
  status: true,
  revision: true,
  workType: true,
  changeReason: true,
  companyMessage: true,
  createdAt: true,
  submittedAt: true,
  decidedAt: true,
  forwardedAt: true,
  forwardedTo: true,
  lines: { orderBy: { position: "asc" }, include: { item: { select: { itemNo: true } } } },
} satisfies Prisma.UsagePlanVersionSelect;

type VersionRow = Prisma.UsagePlanVersionGetPayload<{ select: typeof VERSION_SELECT }>;

type LineRow = VersionRow["lines"][number];

const lineView = (l: LineRow): UsagePlanLineView => ({
      id: l.id,
      itemId: l.itemId,
      itemNo: l.item?.itemNo ?? null,
      category: l.category,
      detail: l.detail,
      quantity: l.quantity,
      totalAmount: l.totalAmount,
      advanceAmount: l.advanceAmount,
      payoutMethod: l.payoutMethod as PayoutMethod,
      scheduledMonth: yearMonthOfDate(l.scheduledMonth),
      payeeKind: l.payeeKind as PayeeKind | null,
      payee: l.payee,
    });

function versionView(v: VersionRow): UsagePlanVersionView {
  const { lines, ...rest } = v;
  return { ...rest, lines: lines.map(lineView) };
}

/** The lines of one version, in order. */
export async function loadVersionLines(tx: Prisma.TransactionClient, versionId: string): Promise<UsagePlanLineView[]> {
  const lines = await tx.usagePlanLine.findMany({ where: { versionId }, orderBy: { position: "asc" }, include: { item: { select: { itemNo: true } } } });
  return lines.map(lineView);
}

/** The plan matching `where` (which carries the caller's scope), or NOT_FOUND. */
export async function loadUsagePlanView(where: Prisma.UsagePlanWhereInput): Promise<UsagePlanView> {
  const plan = await getPrisma().usagePlan.findFirst({
    where,
    select: {
      id: true,
      approvedVersionId: true,
      guarantee: { select: GUARANTEE_FOR_USAGE },
      versions: { orderBy: { versionNo: "desc" }, select: { ...VERSION_SELECT, openPlanId: true } },
    },
  });
  if (!plan) throw notFound();
  const versions = plan.versions.map(versionView);
  return {
    id: plan.id,
    guarantee: guaranteeView(plan.guarantee),
    approved: versions.find((v) => v.id === plan.approvedVersionId) ?? null,
    open: versions.find((_v, i) => plan.versions[i]!.openPlanId !== null) ?? null,
    versions,
  };
}
