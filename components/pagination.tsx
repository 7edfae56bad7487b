import Link from "next/link";

type Params = Record<string, string | undefined>;

/** `basePath` with the given query parameters, the empty ones left out. */
function hrefWith(basePath: string, params: Params): string {
  const query = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1]));
  return `${basePath}?${query}`;
}

/** 「全Nページ(M件)中のPページ目を表示しています」 with previous/next links that keep the other query parameters. */
export function Pagination({
  page,
  pageCount,
  total,
  moreThanTotal = false,
  basePath,
  params,
}: {
  page: number;
  pageCount: number;
  total: number;
  /** the count stopped at `total` (a branch-wide search): say so, and ask for a narrower search */
  moreThanTotal?: boolean;
  basePath: string;
  params: Params;
}) {
  const href = (p: number) => hrefWith(basePath, { ...params, page: String(p) });
  return (
    <nav className="pagination" aria-label="ページ送り">
      <span>
        {moreThanTotal
          ? `${total.toLocaleString("ja-JP")}件以上あります。${Math.min(page, pageCount)}ページ目を表示しています（条件を絞り込むと、該当するものをすべて表示できます）`
          : `全${pageCount}ページ(${total}件)中の${Math.min(page, pageCount)}ページ目を表示しています`}
      </span>
      {page > 1 && <Link href={href(page - 1)}>‹ 前のページ</Link>}
      {page < pageCount && <Link href={href(page + 1)}>次のページ ›</Link>}
    </nav>
  );
}

/**
 * For lists too long to count (the audit trail): newer / older pages by the id at the edge of this one,
 * and the way back to the newest, keeping the other query parameters.
 */
export function KeysetPagination({ newerThan, olderThan, basePath, params }: { newerThan: bigint | null; olderThan: bigint | null; basePath: string; params: Params }) {
  return (
    <nav className="pagination" aria-label="ページ送り">
      <span>新しい記録から順に表示しています</span>
      {newerThan !== null && <Link href={hrefWith(basePath, params)}>« 最新</Link>}
      {newerThan !== null && <Link href={hrefWith(basePath, { ...params, after: String(newerThan) })}>‹ 新しい記録</Link>}
      {olderThan !== null && <Link href={hrefWith(basePath, { ...params, before: String(olderThan) })}>古い記録 ›</Link>}
    </nav>
  );
}
