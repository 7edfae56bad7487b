// Page numbers from a query string: anything odd becomes page 1, so a hand-edited URL never errors.
// Staff lists of a whole branch can hold a million rows: their counts stop at COUNT_LIMIT (counting
// every match of a common word would cost more than the page itself), and pages go that far.
import { firstParam } from "@/lib/search-params";

export const PAGE_SIZE = 20;
/** Matches counted at most; beyond it a list says 「1,000件以上」 and asks for a narrower search. */
export const COUNT_LIMIT = 1000;

export function pageFrom(value: string | string[] | undefined): number {
  const n = Number(firstParam(value));
  return Number.isInteger(n) && n >= 1 && n <= COUNT_LIMIT / PAGE_SIZE ? n : 1;
}

export type Paged<T> = { items: T[]; total: number; page: number; pageCount: number; moreThanTotal: boolean };

/** `counted` is a count taken with `take: COUNT_LIMIT + 1`: more than COUNT_LIMIT means "at least". */
export function paged<T>(items: T[], counted: number, page: number): Paged<T> {
  const total = Math.min(counted, COUNT_LIMIT);
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)), moreThanTotal: counted > COUNT_LIMIT };
}
