// 保証契約一覧: one page (20 rows) of the contractor's guarantees for a search, with the counts for
// 「全Nページ(M件)中のKページ目を表示しています」. The count and the page run in parallel; a page past
// the end (an old link after guarantees changed) shows the last page instead of an empty table.
import { assertRole, type ContractorActor } from "@/lib/auth/actor";
import { getPrisma, type CertificateForm, type GuaranteeKind, type GuaranteeStatus } from "@/lib/db/client";
import { GUARANTEE_LIST_PAGE_SIZE, type TGuaranteeListFilter } from "@/lib/schemas/guarantee-list-filter";
import { GUARANTEE_LIST_ORDER, GUARANTEE_LIST_SELECT, guaranteeListWhere } from "./guarantee-list-where";

export type GuaranteeListRow = {
  id: string;
  kind: GuaranteeKind;
  form: CertificateForm;
  status: GuaranteeStatus;
  contractNumber: string;
  orderingBodyName: string;
  projectName: string;
  contractAmount: bigint;
  issuedAt: Date;
  /** 中間前払金保証: the 保証契約番号 of its 前払金保証. */
  parentContractNumber: string | null;
};

export type GuaranteeListPage = { rows: GuaranteeListRow[]; total: number; page: number; pageCount: number; firstRowNo: number };

export async function listContractorGuarantees(options: { actor: ContractorActor; filter: TGuaranteeListFilter; page: number }): Promise<GuaranteeListPage> {
  assertRole(options.actor, "CONTRACTOR");
  const where = guaranteeListWhere(options.actor.companyId, options.filter);
  const prisma = getPrisma();
  const fetchPage = (page: number) =>
    prisma.guarantee.findMany({
      where,
      orderBy: GUARANTEE_LIST_ORDER,
      skip: (page - 1) * GUARANTEE_LIST_PAGE_SIZE,
      take: GUARANTEE_LIST_PAGE_SIZE,
      select: GUARANTEE_LIST_SELECT,
    });

  let page = options.page;
  let [total, found] = await Promise.all([prisma.guarantee.count({ where }), fetchPage(page)]);
  const pageCount = Math.max(1, Math.ceil(total / GUARANTEE_LIST_PAGE_SIZE));
  if (page > pageCount) {
    page = pageCount;
    found = await fetchPage(page);
  }
  const rows = found.map(({ orderingBody, parent, ...row }) => ({ ...row, orderingBodyName: orderingBody.name, parentContractNumber: parent?.contractNumber ?? null }));
  return { rows, total, page, pageCount, firstRowNo: (page - 1) * GUARANTEE_LIST_PAGE_SIZE + 1 };
}
