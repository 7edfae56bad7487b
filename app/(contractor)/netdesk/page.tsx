import type { Metadata } from "next";
import Link from "next/link";
import { HelpLink } from "@/components/help-link";
import { MenuGrid } from "@/components/menu-grid";
import { ReminderList } from "@/components/reminder-list";
import { requireContractor } from "@/lib/auth/guards";
import { listContractorReminders } from "@/lib/server/reminders/list-contractor-reminders";
import { CONTRACTOR_MENU } from "./menu";
import { dismissReminderAction } from "./reminders/actions";

export const metadata: Metadata = { title: "全体トップ" };

/** How many reminders the top page shows; the rest are on 保証申込のお勧め. */
const TOP_REMINDERS = 5;

export default async function ContractorTopPage() {
  const actor = await requireContractor();
  const reminders = await listContractorReminders({ actor });
  return (
    <main>
      <HelpLink href="/netdesk/help/top" label="全体トップのヘルプ" />
      <h1>ようこそ、ネットデスクへ</h1>
      <p className="muted">{actor.companyName} 様のメニューです。</p>
      {reminders.length > 0 && (
        <section aria-labelledby="top-reminders" className="top-reminders">
          <h2 id="top-reminders">保証申込のお勧め（{reminders.length}件）</h2>
          <ReminderList reminders={reminders.slice(0, TOP_REMINDERS)} dismiss={dismissReminderAction} />
          {reminders.length > TOP_REMINDERS && (
            <p>
              <Link href="/netdesk/reminders">すべてのお勧めを見る（{reminders.length}件）</Link>
            </p>
          )}
        </section>
      )}
      {CONTRACTOR_MENU.map((group) => (
        <section key={group.heading} aria-labelledby={`menu-${group.heading}`}>
          <h2 id={`menu-${group.heading}`}>{group.heading}</h2>
          <MenuGrid items={group.items} label={group.heading} />
        </section>
      ))}
    </main>
  );
}
