import type { Metadata } from "next";
import Link from "next/link";
import { MenuGrid } from "@/components/menu-grid";
import { requireStaff } from "@/lib/auth/guards";
import { getStaffDashboard } from "@/lib/server/dashboard/get-staff-dashboard";
import { STAFF_MENU } from "./menu";

export const metadata: Metadata = { title: "保証会社業務トップ" };

export default async function StaffTopPage() {
  const actor = await requireStaff();
  const counts = await getStaffDashboard({ actor });
  return (
    <main>
      <h1>保証会社業務（{actor.branchName}）</h1>
      <p className="muted">{actor.branchName}に送信された申込の受付・審査・発行を行います。</p>
      <h2 id="dashboard-heading">処理状況</h2>
      <ul className="dashboard" aria-labelledby="dashboard-heading">
        {counts.map((c) => (
          <li key={c.id} className={c.alert && c.count > 0 ? "dashboard__item dashboard__item--alert" : "dashboard__item"} data-counter={c.id}>
            <Link href={c.href}>
              <span className="dashboard__label">{c.label}</span>
              <span className="dashboard__count">
                {c.count.toLocaleString("ja-JP")}
                <small>件</small>
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <h2>業務メニュー</h2>
      <MenuGrid label="業務メニュー" items={STAFF_MENU} />
    </main>
  );
}
