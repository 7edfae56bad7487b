import type { Metadata } from "next";
import { MenuGrid } from "@/components/menu-grid";
import { requireContractor } from "@/lib/auth/guards";
import { CONTRACTOR_MENU } from "./menu";

export const metadata: Metadata = { title: "全体トップ" };

export default async function ContractorTopPage() {
  const actor = await requireContractor();
  return (
    <main>
      <h1>ようこそ、ネットデスクへ</h1>
      <p className="muted">{actor.companyName} 様のメニューです。</p>
      {CONTRACTOR_MENU.map((group) => (
        <section key={group.heading} aria-labelledby={`menu-${group.heading}`}>
          <h2 id={`menu-${group.heading}`}>{group.heading}</h2>
          <MenuGrid items={group.items} label={group.heading} />
        </section>
      ))}
    </main>
  );
}
