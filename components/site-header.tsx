import Link from "next/link";
import { LogoutButton } from "./logout-button";

/** The header of every signed-in page: brand, whose session this is, top link and logout. */
export function SiteHeader({ who, topHref, area }: { who: string; topHref: string; area?: string }) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href={topHref} className="site-header__brand">
          <small>インターネット保証サービス</small>Net Desk{area ? ` ${area}` : ""}
        </Link>
        <span className="site-header__who">{who} 様</span>
        <nav className="site-header__nav" aria-label="アカウント">
          <Link href={topHref}>全体トップへ</Link>
          <Link href="/account/password">パスワード変更</Link>
          <LogoutButton />
        </nav>
      </div>
    </header>
  );
}
