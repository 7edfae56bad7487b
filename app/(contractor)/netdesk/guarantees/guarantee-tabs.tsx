import Link from "next/link";

// The three tabs of 保証契約一覧 as on the real screen. 保証申込 is the applications list (its own page);
// 契約保証予約（入札ボンド） does not exist yet and says so instead of linking nowhere.
export function GuaranteeTabs({ current }: { current: "applications" | "guarantees" }) {
  return (
    <nav className="gl-tabs" aria-label="一覧の切り替え">
      <Link href="/netdesk/applications" className="gl-tabs__tab" aria-current={current === "applications" ? "page" : undefined}>
        保証申込
      </Link>
      <Link href="/netdesk/guarantees" className="gl-tabs__tab" aria-current={current === "guarantees" ? "page" : undefined}>
        電子保証（認証キー）
      </Link>
      <span className="gl-tabs__tab gl-tabs__tab--off" aria-disabled="true">
        契約保証予約（入札ボンド）<span className="badge">準備中</span>
      </span>
    </nav>
  );
}
