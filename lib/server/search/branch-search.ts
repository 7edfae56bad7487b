// The part of a staff list's WHERE that finds a typed text in a whole branch (a million rows) without
// reading every row: the n-gram GIN indexes of migration branch_search narrow the rows, ILIKE checks
// each exactly (the same match `contains` made before). One rule for the inbox and 発行済みの保証.
import { getPrisma, Prisma } from "@/lib/db/client";
import { escapeLike } from "@/lib/domain/search-text";

/**
 * One of `columns` holds `text` (case folded as ILIKE folds it): the row's generated `grams` column
 * (GIN-indexed) holds every pair of characters of the text, and ILIKE checks the text itself.
 * `rowsRead: true` for rows read by another index anyway (branch-search-page.ts): the ILIKE alone,
 * since comparing each row's gram array costs more than the ILIKE it would spare.
 */
export function gramMatch(grams: Prisma.Sql, columns: Prisma.Sql[], text: string, options: { rowsRead?: boolean } = {}): Prisma.Sql {
  const like = `%${escapeLike(text)}%`;
  const anyColumn = Prisma.join(columns.map((column) => Prisma.sql`${column} ILIKE ${like}`), " OR ");
  return options.rowsRead ? Prisma.sql`(${anyColumn})` : Prisma.sql`(${grams} @> "netdesk_query_grams"(${text}) AND (${anyColumn}))`;
}

/**
 * `… OR "companyId" = ANY(ids of the companies whose name holds text)`, or nothing when none does.
 * The ids are looked up first (companies are few): an array tells the planner how many, where a
 * sub-select would be guessed at half the rows and push it to read them all.
 */
export async function orCompanyNamed(companyId: Prisma.Sql, text: string): Promise<Prisma.Sql> {
  const rows = await getPrisma().$queryRaw<{ id: string }[]>`
    SELECT c.id FROM "ContractorCompany" c WHERE ${gramMatch(Prisma.sql`c."searchGrams"`, [Prisma.sql`c.name`], text)} LIMIT 1000`;
  return rows.length > 0 ? Prisma.sql`OR ${companyId} = ANY(${rows.map((r) => r.id)}::uuid[])` : Prisma.empty;
}
