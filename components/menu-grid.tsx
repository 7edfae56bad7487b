import Link from "next/link";

export type MenuItem = { label: string; href?: string; description?: string };

/** A grid of menu items; an item without href is not built yet and says 準備中 (never a dead link). */
export function MenuGrid({ items, label }: { items: MenuItem[]; label: string }) {
  return (
    <ul className="menu-grid" aria-label={label}>
      {items.map((item) => (
        <li key={item.label} className="menu-grid__item">
          {item.href ? (
            <Link href={item.href}>{item.label}</Link>
          ) : (
            <span aria-disabled="true">
              {item.label}
              <span className="badge">準備中</span>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
