import Link from "next/link";

// 「保証契約一覧 | 電子保証履歴一覧」: the two tabs the flyers show above 電子保証概要.
export function HistoryTabs({ current }: { current: "guarantees" | "history" | "summary" }) {
  return (
    <nav className="gl-tabs gl-tabs--views" aria-label="保証契約と電子保証履歴の切り替え">
      <Link href="/netdesk/guarantees" className="gl-tabs__tab" aria-current={current === "guarantees" ? "page" : undefined}>
        保証契約一覧
      </Link>
      <Link href="/netdesk/guarantees/history" className="gl-tabs__tab" aria-current={current === "history" ? "page" : undefined}>
        電子保証履歴一覧
      </Link>
    </nav>
  );
}
