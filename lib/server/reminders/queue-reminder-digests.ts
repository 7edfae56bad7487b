// The weekly 保証申込のお勧め digest (worker task "reminder-digest", Mondays 08:00 JST): one mail per company
// that opted in (お客様情報) and has reminders, to its 代表メールアドレス, through the outbox. The idempotency key
// names the company and the week, so a re-run (two workers, a retry) queues nothing twice.
import { getConfig } from "@/lib/config";
import { getPrisma } from "@/lib/db/client";
import { dateOfYmd, todayInJapan } from "@/lib/domain/wareki";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { reminderDigestMail } from "@/lib/mail/templates/reminder-digest-mail";
import { companyReminders } from "./list-contractor-reminders";

/** The Monday (JST) of the week of `now`, YYYY-MM-DD. */
export function weekOf(now: Date): string {
  const today = dateOfYmd(todayInJapan(now));
  const monday = new Date(today.getTime() - ((today.getUTCDay() + 6) % 7) * 86_400_000);
  return monday.toISOString().slice(0, 10);
}

export async function queueReminderDigests(options: { now?: Date } = {}): Promise<number> {
  const now = options.now ?? new Date();
  const prisma = getPrisma();
  const companies = await prisma.contractorCompany.findMany({ where: { reminderDigestWanted: true }, select: { id: true, name: true, email: true } });
  let queued = 0;
  for (const company of companies) {
    const reminders = await companyReminders(company.id, { now });
    if (reminders.length === 0) continue;
    const mail = reminderDigestMail({ appUrl: getConfig().APP_URL, companyName: company.name, reminders });
    await prisma.$transaction((tx) =>
      enqueueMail(tx, { kind: "REMINDER_DIGEST", idempotencyKey: `reminder-digest:${company.id}:${weekOf(now)}`, to: company.email, ...mail }),
    );
    queued += 1;
  }
  return queued;
}
