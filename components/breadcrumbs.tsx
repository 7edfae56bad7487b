import Link from "next/link";

export type Crumb = { label: React.ReactNode; href?: string };

/**
 * The one breadcrumb of the portal: 「全体トップ › 保証契約一覧 › 電子保証概要」. Every crumb but the last
 * links to its page; the last is the current page. Styles: .breadcrumb in app/styles/components.css.
 */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  return (
    <nav className="breadcrumb" aria-label="パンくずリスト">
      <ol className="breadcrumb__list">
        {items.map((item, i) => {
          const last = i === items.length - 1;
          return (
            <li key={i} className="breadcrumb__item" aria-current={last ? "page" : undefined}>
              {i > 0 && <span aria-hidden="true"> › </span>}
              {item.href && !last ? <Link href={item.href}>{item.label}</Link> : item.label}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
