// 保証申込のお勧め: the one list of reminder sources. Each source reads the facts of ONE kind for one company
// from the records (no stale table) and hands them to that kind's pure rule in lib/domain/reminders.ts.
//
// Adding a kind:
//   1. lib/domain/reminders.ts: add the kind to REMINDER_KINDS and REMINDER_KIND_LABEL, and its rule
//      (facts → Reminder | null) with unit tests at the boundaries (tests/unit/reminders.test.ts);
//   2. lib/server/reminders/sources/<kind>.ts: a ReminderSource that loads the facts for the company;
//   3. add it to REMINDER_SOURCES below.
// The top page, 保証申込のお勧め, 「表示しない」 and the weekly digest then show it with no other change.
import type { Reminder } from "@/lib/domain/reminders";
import type { YMD } from "@/lib/domain/wareki";
import { intermediateAvailableSource } from "./sources/intermediate-available";
import { keyNoticeNotSentSource } from "./sources/key-notice-not-sent";
import { reservationExpiringSource } from "./sources/reservation-expiring";
import { termEndingSource } from "./sources/term-ending";
import { unsettledPayeeSource } from "./sources/unsettled-payee";
import { usagePlanMissingSource } from "./sources/usage-plan-missing";

/** The reminders of one kind for one company, as of `today` (in Japan). */
export type ReminderSource = (companyId: string, today: YMD) => Promise<Reminder[]>;

export const REMINDER_SOURCES: readonly ReminderSource[] = [
  keyNoticeNotSentSource,
  termEndingSource,
  intermediateAvailableSource,
  usagePlanMissingSource,
  unsettledPayeeSource,
  reservationExpiringSource,
];
