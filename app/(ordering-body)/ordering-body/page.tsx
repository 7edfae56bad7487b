import type { Metadata } from "next";
import { MenuGrid } from "@/components/menu-grid";
import { requireOrderingBodyUser } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "発注者メニュー" };

export default async function OrderingBodyTopPage() {
  const actor = await requireOrderingBodyUser();
  return (
    <main>
      <h1>発注者メニュー（{actor.orderingBodyName}）</h1>
      <p className="muted">請負者から提出された保証契約番号と認証キーで、電子保証の内容を確認できます。</p>
      <h2>メニュー</h2>
      <MenuGrid
        label="発注者メニュー"
        items={[
          { label: "電子保証の確認", href: "/verify" },
          { label: "確認済みの電子保証一覧（受領確認）", href: "/ordering-body/guarantees" },
        ]}
      />
    </main>
  );
}
