// One page of a staff list of a whole branch (申込一覧, 発行済みの保証), newest first, and its count capped at
// COUNT_LIMIT, for a branch of a million rows, whatever is typed.
//
// PostgreSQL guesses how many rows a text matches by multiplying the frequencies of its character pairs
// as if independent (河川, 川維, 維持 → ~1,000 rows of a million, when 100,000 hold 河川維持), so for a common
// word it would read every match from the n-gram index and sort them (2 s) instead of walking the
// branch's newest rows until a page is full. And even the cheapest use of the n-gram index, reading at
// most COUNT_LIMIT + 1 of its matches, builds the bitmap of all of them first (~45 ms for 100,000). So:
// 1. The page is looked for among the newest (offset + 20) × 20 rows of the branch, walked by the list's
//    index and checked row by row (ILIKE only, ~1 µs a row). Any match outside a window is older than
//    every row in it, so a page found in one is the page. Found: perhaps a common word, so its matches
//    among the newest COUNT_WINDOW rows are counted the same way; more than COUNT_LIMIT: 「1,000件以上」.
// 2. Otherwise at most COUNT_LIMIT + 1 matches through the n-gram index, unsorted: up to COUNT_LIMIT that
//    is every match, so the count is exact and its newest are the page (a few hundred rows sorted).
// 3. A word with more matches than that, but too few among the newest rows, gets larger windows, and
//    as a last resort the sorted read of every match.
// Each step is cheap for the words that reach it; the answer is exact whichever step gives it.
import { getPrisma, Prisma } from "@/lib/db/client";
import { COUNT_LIMIT, PAGE_SIZE } from "@/lib/server/pagination";

export type BranchSearch = {
  /** The table, e.g. `"Guarantee"`, and the alias the other parts use. */
  table: Prisma.Sql;
  alias: "a" | "g";
  /** The list's own conditions (branch, status), which its index serves. */
  scope: Prisma.Sql;
  /**
   * The typed text's condition (branch-search.ts), or null when nothing is typed; `rowsRead` asks for
   * the form checked on rows another index reads (no n-gram test).
   */
  match: ((options: { rowsRead: boolean }) => Prisma.Sql) | null;
  /** The list's order: the one of its index, total (a unique column last). */
  order: Prisma.Sql;
  page: number;
};

/** The newest rows of the branch a common word's matches are counted in: one in 20 of them makes it common. */
const COUNT_WINDOW = 20_000;
/** Rows of a later window per row wanted (offset + page). */
const WINDOW_FACTORS = [200, 2000];

export async function branchSearchPage(search: BranchSearch): Promise<{ ids: string[]; counted: number }> {
  const prisma = getPrisma();
  const { table, scope, order } = search;
  const as = Prisma.raw(search.alias);
  const offset = (search.page - 1) * PAGE_SIZE;
  const wanted = offset + PAGE_SIZE;
  const sorted = (from: Prisma.Sql, where: Prisma.Sql) =>
    prisma.$queryRaw<{ id: string }[]>`SELECT ${as}.id FROM ${from} WHERE ${where} ORDER BY ${order} LIMIT ${PAGE_SIZE} OFFSET ${offset}`;
  const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

  if (!search.match) {
    const [page, counted] = await Promise.all([
      sorted(Prisma.sql`${table} ${as}`, scope),
      prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM (SELECT 1 FROM ${table} ${as} WHERE ${scope} LIMIT ${COUNT_LIMIT + 1}) AS m`,
    ]);
    return { ids: ids(page), counted: Number(counted[0]!.n) };
  }

  const onRows = search.match({ rowsRead: true });
  const newest = (rows: number) => Prisma.sql`(SELECT * FROM ${table} ${as} WHERE ${scope} ORDER BY ${order} LIMIT ${rows}) ${as}`;
  // A full page among the newest (offset + 20) × 20 rows: a word in at least 1 of 20 rows there, perhaps common.
  const window = await sorted(newest(wanted * 20), onRows);
  if (window.length === PAGE_SIZE) {
    const [inNewest] = await prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM (SELECT 1 FROM ${newest(COUNT_WINDOW)} WHERE ${onRows} LIMIT ${COUNT_LIMIT + 1}) AS m`;
    if (Number(inNewest!.n) > COUNT_LIMIT) return { ids: ids(window), counted: COUNT_LIMIT + 1 };
  }

  const indexed = search.match({ rowsRead: false });
  const [bounded] = await prisma.$queryRaw<{ n: bigint; ids: string[] }[]>`
    WITH ${as} AS (SELECT * FROM ${table} ${as} WHERE ${scope} AND ${indexed} LIMIT ${COUNT_LIMIT + 1})
    SELECT (SELECT count(*) FROM ${as}) AS n, ARRAY(SELECT ${as}.id FROM ${as} ORDER BY ${order} LIMIT ${PAGE_SIZE} OFFSET ${offset})::text[] AS ids`;
  const counted = Number(bounded!.n);
  if (counted <= COUNT_LIMIT) return { ids: bounded!.ids, counted };
  if (window.length === PAGE_SIZE) return { ids: ids(window), counted };
  for (const factor of WINDOW_FACTORS) {
    const larger = await sorted(newest(wanted * factor), onRows);
    if (larger.length === PAGE_SIZE) return { ids: ids(larger), counted };
  }
  return { ids: ids(await sorted(Prisma.sql`${table} ${as}`, Prisma.sql`${scope} AND ${indexed}`)), counted };
}
