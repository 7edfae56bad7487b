// 電子保証履歴一覧: every certificate version of the company's e-guarantees the contractor may see (新規, 変更,
// 取消; versions replaced by 訂正 or 変更取消 are hidden, as in the per-guarantee history), newest first, one page
// of 20 like 保証契約一覧. The search is 保証契約一覧's: 期間 here is the 電子保証発行日時 in JST (both ends
// inclusive), 保証契約番号 exact; the company is in the WHERE.
import { assertRole, type ContractorActor } from "@/lib/auth/actor";
import { getPrisma, type CertificateVersionKind, type ChangeType, type GuaranteeKind, type Prisma } from "@/lib/db/client";
import { GUARANTEE_LIST_PAGE_SIZE, type TGuaranteeListFilter } from "@/lib/schemas/guarantee-list-filter";
import { guaranteeListWhere } from "./guarantee-list-where";

export type CertificateHistoryRow = {
  guaranteeId: string;
  versionNo: number;
  issuedAt: Date; // 電子保証発行日時
  kind: CertificateVersionKind;
  changeType: ChangeType | null;
  contractNumber: string;
  guaranteeKind: GuaranteeKind;
  projectName: string;
};

export type CertificateHistoryPage = { rows: CertificateHistoryRow[]; total: number; page: number; pageCount: number; firstRowNo: number };

export function certificateHistoryWhere(companyId: string, filter: TGuaranteeListFilter): Prisma.CertificateVersionWhereInput {
  // The range applies to the version's own 電子保証発行日時, not to the guarantee's first issue.
  const { issuedAt, ...guarantee } = guaranteeListWhere(companyId, filter);
  return { hiddenFromHistory: false, ...(issuedAt ? { issuedAt: issuedAt as Prisma.DateTimeFilter<"CertificateVersion"> } : {}), guarantee: { ...guarantee, form: "ELECTRONIC" } };
}

export async function listContractorCertificateHistory(options: { actor: ContractorActor; filter: TGuaranteeListFilter; page: number }): Promise<CertificateHistoryPage> {
  const actor = assertRole(options.actor, "CONTRACTOR");
  const where = certificateHistoryWhere(actor.companyId, options.filter);
  const prisma = getPrisma();
  const fetchPage = (page: number) =>
    prisma.certificateVersion.findMany({
      where,
      orderBy: [{ issuedAt: "desc" }, { versionNo: "desc" }, { guaranteeId: "asc" }],
      skip: (page - 1) * GUARANTEE_LIST_PAGE_SIZE,
      take: GUARANTEE_LIST_PAGE_SIZE,
      select: { guaranteeId: true, versionNo: true, issuedAt: true, kind: true, changeType: true, guarantee: { select: { contractNumber: true, kind: true, projectName: true } } },
    });
  let page = options.page;
  let [total, found] = await Promise.all([prisma.certificateVersion.count({ where }), fetchPage(page)]);
  const pageCount = Math.max(1, Math.ceil(total / GUARANTEE_LIST_PAGE_SIZE));
  if (page > pageCount) {
    page = pageCount;
    found = await fetchPage(page);
  }
  const rows = found.map(({ guarantee, ...v }) => ({ ...v, contractNumber: guarantee.contractNumber, guaranteeKind: guarantee.kind, projectName: guarantee.projectName }));
  return { rows, total, page, pageCount, firstRowNo: (page - 1) * GUARANTEE_LIST_PAGE_SIZE + 1 };
}
