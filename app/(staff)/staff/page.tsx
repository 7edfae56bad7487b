import type { Metadata } from "next";
import { MenuGrid } from "@/components/menu-grid";
import { requireStaff } from "@/lib/auth/guards";
import { STAFF_MENU } from "./menu";

export const metadata: Metadata = { title: "保証会社業務トップ" };

export default async function StaffTopPage() {
  const actor = await requireStaff();
  return (
    <main>
      <h1>保証会社業務（{actor.branchName}）</h1>
      <p className="muted">{actor.branchName}に送信された申込の受付・審査・発行を行います。</p>
      <h2>業務メニュー</h2>
      <MenuGrid label="業務メニュー" items={STAFF_MENU} />
    </main>
  );
}
