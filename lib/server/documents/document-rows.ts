// What a list of sent documents shows (never the bytes): the kind, the file, what it is attached to,
// its 受付 status. Shared by the contractor's 「送信した書類」 and the staff's list.
import type { Prisma } from "@/lib/db/client";
import type { DocumentKind, DocumentStatus } from "@/lib/domain/enums";
import { usageCategoryLabel } from "@/lib/domain/usage-categories";

export const DOCUMENT_ROW_SELECT = {
  id: true,
  kind: true,
  note: true,
  fileName: true,
  contentType: true,
  size: true,
  sha256: true,
  status: true,
  statusMessage: true,
  uploadedAt: true,
  statusSetAt: true,
  application: { select: { applicationNumber: true, projectName: true } },
  guarantee: { select: { contractNumber: true, projectName: true } },
  usagePlanItem: {
    select: {
      itemNo: true,
      // The item's latest line says what it is for.
      lines: { orderBy: { version: { versionNo: "desc" } }, take: 1, select: { category: true } },
      plan: { select: { guarantee: { select: { contractNumber: true } } } },
    },
  },
} satisfies Prisma.SubmittedDocumentSelect;

export type DocumentRow = {
  id: string;
  kind: DocumentKind;
  note: string | null;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  status: DocumentStatus;
  statusMessage: string | null;
  uploadedAt: Date;
  statusSetAt: Date | null;
  /** 添付先 as a person reads it. */
  target: string;
};

export function documentRow(d: Prisma.SubmittedDocumentGetPayload<{ select: typeof DOCUMENT_ROW_SELECT }>): DocumentRow {
  const { application, guarantee, usagePlanItem, ...rest } = d;
  let target = "";
  if (application) target = `保証申込 ${application.applicationNumber ?? ""}（${application.projectName ?? ""}）`;
  else if (guarantee) target = `保証 ${guarantee.contractNumber}（${guarantee.projectName}）`;
  else if (usagePlanItem) {
    const category = usagePlanItem.lines[0]?.category;
    target = `明細書 ${usagePlanItem.plan.guarantee.contractNumber} No.${usagePlanItem.itemNo}${category ? `（${usageCategoryLabel(category)}）` : ""}`;
  }
  return { ...rest, target };
}
