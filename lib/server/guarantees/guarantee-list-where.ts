// The WHERE of 保証契約一覧 and its CSV: always the contractor's own company first (ownership in the
// query, and the leading column of the (companyId, issuedAt) and (companyId, kind, issuedAt) indexes),
// then the search. 期間 is on the issue date as seen in Japan (JST), both ends inclusive.
import type { Prisma } from "@/lib/db/client";
import type { TGuaranteeListFilter } from "@/lib/schemas/guarantee-list-filter";
import { escapeLike } from "@/lib/domain/search-text";

const DAY_MS = 24 * 60 * 60 * 1000;
const jstMidnight = (isoDate: string) => new Date(`${isoDate}T00:00:00+09:00`);

/** LIKE treats % and _ as wildcards and Prisma passes `contains` through as is: a typed 「100%」 must match itself. */

// 契約保証予約 (予約証書) are not guarantees: they have their own tab (list-contractor-reservations.ts).
const NOT_A_RESERVATION = { not: "BID_BOND_RESERVATION" } as const;

export function guaranteeListWhere(companyId: string, filter: TGuaranteeListFilter): Prisma.GuaranteeWhereInput {
  if (filter.mode === "pinpoint") return { companyId, contractNumber: filter.contractNumber, kind: NOT_A_RESERVATION };
  const where: Prisma.GuaranteeWhereInput = { companyId, kind: filter.kind && filter.kind !== "BID_BOND_RESERVATION" ? filter.kind : NOT_A_RESERVATION };
  if (filter.from || filter.to) {
    where.issuedAt = {
      ...(filter.from ? { gte: jstMidnight(filter.from) } : {}),
      ...(filter.to ? { lt: new Date(jstMidnight(filter.to).getTime() + DAY_MS) } : {}),
    };
  }
  if (filter.project) where.projectName = { contains: escapeLike(filter.project), mode: "insensitive" };
  return where;
}

/** Newest first; guarantees issued together share issuedAt, so the number keeps the order stable across pages. */
export const GUARANTEE_LIST_ORDER: Prisma.GuaranteeOrderByWithRelationInput[] = [{ issuedAt: "desc" }, { contractNumber: "asc" }];

/** The columns a list row shows (the CSV adds a few). */
export const GUARANTEE_LIST_SELECT = {
  id: true,
  kind: true,
  form: true,
  status: true,
  contractNumber: true,
  projectName: true,
  contractAmount: true,
  issuedAt: true,
  orderingBody: { select: { name: true } },
  parent: { select: { contractNumber: true } }, // 中間前払金保証: its 前払金保証
} satisfies Prisma.GuaranteeSelect;
