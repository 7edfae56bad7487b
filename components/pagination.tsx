import Link from "next/link";

/** 「全Nページ(M件)中のPページ目を表示しています」 with previous/next links that keep the other query parameters. */
export function Pagination({ page, pageCount, total, basePath, params }: { page: number; pageCount: number; total: number; basePath: string; params: Record<string, string | undefined> }) {
  const href = (p: number) => {
    const query = new URLSearchParams(Object.entries({ ...params, page: String(p) }).filter((e): e is [string, string] => !!e[1]));
    return `${basePath}?${query}`;
  };
  return (
    <nav className="pagination" aria-label="ページ送り">
      <span>
        全{pageCount}ページ({total}件)中の{Math.min(page, pageCount)}ページ目を表示しています
      </span>
      {page > 1 && <Link href={href(page - 1)}>‹ 前のページ</Link>}
      {page < pageCount && <Link href={href(page + 1)}>次のページ ›</Link>}
    </nav>
  );
}
