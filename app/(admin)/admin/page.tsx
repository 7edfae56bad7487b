import type { Metadata } from "next";
import { MenuGrid } from "@/components/menu-grid";
import { requireAdministrator } from "@/lib/auth/guards";
import { ADMIN_MENU } from "./menu";

export const metadata: Metadata = { title: "本店管理トップ" };

export default async function AdministratorTopPage() {
  const actor = await requireAdministrator();
  return (
    <main>
      <h1>本店管理（{actor.headOfficeName}）</h1>
      <p className="muted">支店・発注者のマスタと、全支店の担当者・発注者・管理者のアカウントを管理します。</p>
      <h2>管理メニュー</h2>
      <MenuGrid label="管理メニュー" items={ADMIN_MENU} />
    </main>
  );
}
