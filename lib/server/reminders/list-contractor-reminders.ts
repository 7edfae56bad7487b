// 保証申込のお勧め of the actor's company: every source's reminders as of today in Japan, computed from the
// records on each request, without the ones a user of the company chose not to show, soonest first.
import { assertRole, type ContractorActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { sortReminders, type Reminder } from "@/lib/domain/reminders";
import { todayInJapan } from "@/lib/domain/wareki";
import { REMINDER_SOURCES } from "./reminder-sources";

export async function listContractorReminders(options: { actor: ContractorActor; now?: Date; includeDismissed?: boolean }): Promise<Reminder[]> {
  const actor = assertRole(options.actor, "CONTRACTOR");
  return companyReminders(actor.companyId, options);
}

/** The same for a company outside a request (the weekly digest). */
export async function companyReminders(companyId: string, options: { now?: Date; includeDismissed?: boolean } = {}): Promise<Reminder[]> {
  const today = todayInJapan(options.now);
  const [lists, dismissed] = await Promise.all([
    Promise.all(REMINDER_SOURCES.map((source) => source(companyId, today))),
    options.includeDismissed ? [] : getPrisma().reminderDismissal.findMany({ where: { companyId }, select: { reminderKey: true } }),
  ]);
  const hidden = new Set(dismissed.map((d) => d.reminderKey));
  return sortReminders(lists.flat().filter((r) => !hidden.has(r.key)));
}
