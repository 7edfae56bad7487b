// Page numbers from a query string: anything odd becomes page 1, so a hand-edited URL never errors.
import { firstParam } from "@/lib/search-params";

export const PAGE_SIZE = 20;

export function pageFrom(value: string | string[] | undefined): number {
  const n = Number(firstParam(value));
  return Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : 1;
}

export type Paged<T> = { items: T[]; total: number; page: number; pageCount: number };

export function paged<T>(items: T[], total: number, page: number): Paged<T> {
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}
