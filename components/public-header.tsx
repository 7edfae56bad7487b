/** The header of pages seen before signing in (login, verification, error pages). */
export function PublicHeader({ area }: { area?: string }) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <a href="/" className="site-header__brand">
          <small>インターネット保証サービス</small>Net Desk{area ? ` ${area}` : ""}
        </a>
      </div>
    </header>
  );
}
