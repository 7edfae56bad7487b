// One page of a staff list of a whole branch (申込一覧, 発行済みの保証), newest first, and its count capped at
// COUNT_LIMIT, for a branch of a million rows, whatever is typed.
//
// PostgreSQL guesses how many rows a text matches by multiplying the frequencies of its character pairs
// as if independent (河川, 川維, 維持 → ~1,000 rows of a million, when 100,000 hold 河川維持), so for a common
// word it would read every match from the n-gram index and sort them (2 s) instead of walking the
// branch's newest rows until a page is full. So both are asked, and neither can run long:
// - "bounded": at most COUNT_LIMIT + 1 matches from the n-gram index, unsorted. Up to COUNT_LIMIT it holds
//   every match: the count is exact and its newest rows are the page (a rare word: a few hundred rows sorted).
// - "window": the page among the branch's newest rows only, by the list's index. Any match outside the
//   window is older than every row in it, so a full page found there is the page (a common word).
// A word that is neither (more than COUNT_LIMIT matches, too few among the newest) gets larger windows,
// and as a last resort the sorted read of every match.
import { getPrisma, Prisma } from "@/lib/db/client";
import { COUNT_LIMIT, PAGE_SIZE } from "@/lib/server/pagination";

export type BranchSearch = {
  /** The table, e.g. `"Guarantee"`, and the alias the other parts use. */
  table: Prisma.Sql;
  alias: "a" | "g";
  /** The list's own conditions (branch, status), which its index serves. */
  scope: Prisma.Sql;
  /** The typed text's condition (branch-search.ts), or null when nothing is typed. */
  match: Prisma.Sql | null;
  /** The list's order: the one of its index, made total by a unique column last. */
  order: Prisma.Sql;
  page: number;
};

/** Rows of the window per row wanted (offset + page): a word in 1 of 20 rows, then 1 of 200, then 1 of 2,000. */
const WINDOW_FACTORS = [20, 200, 2000];

export async function branchSearchPage(search: BranchSearch): Promise<{ ids: string[]; counted: number }> {
  const prisma = getPrisma();
  const { table, scope, match, order } = search;
  const as = Prisma.raw(search.alias);
  const offset = (search.page - 1) * PAGE_SIZE;
  const wanted = offset + PAGE_SIZE;
  const sorted = (from: Prisma.Sql, where: Prisma.Sql) =>
    prisma.$queryRaw<{ id: string }[]>`SELECT ${as}.id FROM ${from} WHERE ${where} ORDER BY ${order} LIMIT ${PAGE_SIZE} OFFSET ${offset}`;
  const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

  if (!match) {
    const [page, counted] = await Promise.all([
      sorted(Prisma.sql`${table} ${as}`, scope),
      prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM (SELECT 1 FROM ${table} ${as} WHERE ${scope} LIMIT ${COUNT_LIMIT + 1}) AS m`,
    ]);
    return { ids: ids(page), counted: Number(counted[0]!.n) };
  }

  const newest = (factor: number) => sorted(Prisma.sql`(SELECT * FROM ${table} ${as} WHERE ${scope} ORDER BY ${order} LIMIT ${wanted * factor}) ${as}`, match);
  const [bounded, window] = await Promise.all([
    prisma.$queryRaw<{ n: bigint; ids: string[] }[]>`
      WITH ${as} AS (SELECT * FROM ${table} ${as} WHERE ${scope} AND ${match} LIMIT ${COUNT_LIMIT + 1})
      SELECT (SELECT count(*) FROM ${as}) AS n, ARRAY(SELECT ${as}.id FROM ${as} ORDER BY ${order} LIMIT ${PAGE_SIZE} OFFSET ${offset})::text[] AS ids`,
    newest(WINDOW_FACTORS[0]!),
  ]);
  const counted = Number(bounded[0]!.n);
  if (counted <= COUNT_LIMIT) return { ids: bounded[0]!.ids, counted };
  if (window.length === PAGE_SIZE) return { ids: ids(window), counted };
  for (const factor of WINDOW_FACTORS.slice(1)) {
    const larger = await newest(factor);
    if (larger.length === PAGE_SIZE) return { ids: ids(larger), counted };
  }
  return { ids: ids(await sorted(Prisma.sql`${table} ${as}`, Prisma.sql`${scope} AND ${match}`)), counted };
}
