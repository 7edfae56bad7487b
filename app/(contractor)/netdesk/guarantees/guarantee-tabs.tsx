import Link from "next/link";

// The three tabs of 保証契約一覧 as on the real screen. 保証申込 is the applications list and
// 契約保証予約（入札ボンド） the reservations (their own pages).
export function GuaranteeTabs({ current }: { current: "applications" | "guarantees" | "reservations" }) {
  return (
    <nav className="gl-tabs" aria-label="一覧の切り替え">
      <Link href="/netdesk/applications" className="gl-tabs__tab" aria-current={current === "applications" ? "page" : undefined}>
        保証申込
      </Link>
      <Link href="/netdesk/guarantees" className="gl-tabs__tab" aria-current={current === "guarantees" ? "page" : undefined}>
        電子保証（認証キー）
      </Link>
      <Link href="/netdesk/reservations" className="gl-tabs__tab" aria-current={current === "reservations" ? "page" : undefined}>
        契約保証予約（入札ボンド）
      </Link>
    </nav>
  );
}
