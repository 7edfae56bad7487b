import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { HelpLink } from "@/components/help-link";
import { ReminderList } from "@/components/reminder-list";
import { requireContractor } from "@/lib/auth/guards";
import { listContractorReminders } from "@/lib/server/reminders/list-contractor-reminders";
import { dismissReminderAction } from "./actions";

export const metadata: Metadata = { title: "保証申込のお勧め" };

export default async function RemindersPage() {
  const actor = await requireContractor();
  const reminders = await listContractorReminders({ actor });
  return (
    <main>
      <Breadcrumbs items={[{ label: "全体トップ", href: "/netdesk" }, { label: "保証申込のお勧め" }]} />
      <HelpLink href="/netdesk/help/top" label="全体トップのヘルプ" />
      <h1>保証申込のお勧め</h1>
      <p className="muted">
        お客様の保証の状況から、次に必要なお手続きをお知らせします（毎回、最新の状況から表示しています）。毎週のメールでのお知らせは
        <Link href="/netdesk/profile#reminder-digest">お客様情報</Link>で申し込めます。
      </p>
      {reminders.length === 0 ? <p className="panel">現在、お勧めするお手続きはありません。</p> : <ReminderList reminders={reminders} dismiss={dismissReminderAction} />}
    </main>
  );
}
