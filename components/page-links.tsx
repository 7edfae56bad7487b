import Link from "next/link";

/** Numbered page links (‹ 前へ 1 … 4 5 6 … 12 次へ ›) for a list whose filter lives in the URL. */
export function PageLinks({ page, pageCount, hrefFor }: { page: number; pageCount: number; hrefFor: (page: number) => string }) {
  if (pageCount <= 1) return null;
  // The first, the last and two either side of the current page; gaps become 「…」.
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pageCount])].filter((p) => p >= 1 && p <= pageCount).sort((a, b) => a - b);
  return (
    <nav className="page-links" aria-label="ページ">
      {page > 1 ? <Link href={hrefFor(page - 1)}>‹ 前へ</Link> : <span aria-hidden="true" className="page-links__off">‹ 前へ</span>}
      {shown.map((p, i) => (
        <span key={p} className="page-links__item">
          {i > 0 && p - shown[i - 1]! > 1 && <span className="page-links__gap">…</span>}
          {p === page ? (
            <span aria-current="page" className="page-links__current">{p}</span>
          ) : (
            <Link href={hrefFor(p)} aria-label={`${p}ページ目`}>
              {p}
            </Link>
          )}
        </span>
      ))}
      {page < pageCount ? <Link href={hrefFor(page + 1)}>次へ ›</Link> : <span aria-hidden="true" className="page-links__off">次へ ›</span>}
    </nav>
  );
}
