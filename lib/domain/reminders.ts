// 保証申込のお勧め: what the portal tells a contractor to do next, one small pure rule per kind. The facts
// come from the records on every request (lib/server/reminders/, one source per kind); nothing is kept
// but a contractor's 「表示しない」. A reminder's key names the kind, the record and the fact it is about
// (e.g. the 保証期限), so a dismissed one comes back when that fact changes.
//
// Kinds built today (issue 19, item 3): the e-guarantee whose key notice never reached the ordering body,
// and the 保証期限 that ends within 30 days while the 工期 continues. Kinds that arrive with their
// features add a value here, a rule below and a source in lib/server/reminders/sources/ (see
// lib/server/reminders/reminder-sources.ts): 中間前払金 (工期 passes its half within 30 days), 明細書 (an
// issued 前払金保証 without an approved 使途内訳明細書, 未定 lines still open), 予約 (validity ends within 7 days).
import { compareYmd, dateOfYmd, formatDateBoth, type YMD } from "./wareki";

export const REMINDER_KINDS = ["KEY_NOTICE_NOT_SENT", "TERM_ENDING"] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export const REMINDER_KIND_LABEL = {
  KEY_NOTICE_NOT_SENT: "認証キーの提出",
  TERM_ENDING: "保証期限の変更",
} as const satisfies Record<ReminderKind, string>;

/** One reminder as the top page and 保証申込のお勧め show it: what, about which guarantee, and the link that does it. */
export type Reminder = {
  key: string;
  kind: ReminderKind;
  title: string;
  detail: string;
  href: string;
  linkLabel: string;
  /** The day it is about (保証期限…), for the order: soonest first; none = as soon as possible. */
  dueDate: YMD | null;
};

/** The guarantee a reminder is about, as its list row shows it. */
export type ReminderGuarantee = { id: string; contractNumber: string; productName: string; projectName: string };

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysFrom(from: YMD, to: YMD): number {
  return Math.round((dateOfYmd(to).getTime() - dateOfYmd(from).getTime()) / 86_400_000);
}

const about = (g: ReminderGuarantee) => `${g.contractNumber} ${g.productName}「${g.projectName}」`;

/**
 * An active e-guarantee whose 認証キー never reached its ordering body: no 発注者へ提出 was queued or sent
 * (a failed one does not count), and no user of the body has verified it either (the contractor may have
 * handed the PDF over by other means; once the body has looked, there is nothing left to do).
 */
export function keyNoticeReminder(facts: { guarantee: ReminderGuarantee; active: boolean; submitted: boolean; checkedByBody: boolean; lastSubmissionFailed: boolean }): Reminder | null {
  if (!facts.active || facts.submitted || facts.checkedByBody) return null;
  const g = facts.guarantee;
  return {
    key: `KEY_NOTICE_NOT_SENT:${g.id}`,
    kind: "KEY_NOTICE_NOT_SENT",
    title: "認証キーを発注者へ提出してください",
    detail: `${about(g)} の認証キーのお知らせが、まだ発注者へ提出されていません。${facts.lastSubmissionFailed ? "前回の送信は失敗しました。" : ""}`,
    href: `/netdesk/guarantees/${g.id}#gd-submit-heading`,
    linkLabel: "発注者へ提出する",
    dueDate: null,
  };
}

/** How many days before the 保証期限 the 期限変更 reminder appears. */
export const TERM_ENDING_WINDOW_DAYS = 30;

/**
 * An active guarantee whose 保証期限 ends within 30 days (today up to today + 30, both included) while the
 * 工期 continues past it (the 完成日 is later): the term must be extended (保証期限変更) before it ends.
 */
export function termEndingReminder(facts: { guarantee: ReminderGuarantee; branchId: string; active: boolean; termTo: YMD; periodTo: YMD | null; today: YMD }): Reminder | null {
  if (!facts.active || !facts.periodTo) return null;
  const left = daysFrom(facts.today, facts.termTo);
  if (left < 0 || left > TERM_ENDING_WINDOW_DAYS) return null;
  if (compareYmd(facts.periodTo, facts.termTo) <= 0) return null;
  const g = facts.guarantee;
  return {
    key: `TERM_ENDING:${g.id}:${dateOfYmd(facts.termTo).toISOString().slice(0, 10)}`,
    kind: "TERM_ENDING",
    title: left === 0 ? "保証期限が本日終わります（期限変更のお手続きを）" : `保証期限まであと${left}日です（期限変更のお手続きを）`,
    detail: `${about(g)} の保証期限は ${formatDateBoth(facts.termTo)} ですが、工期は ${formatDateBoth(facts.periodTo)} まで続きます。保証期限変更を申込先の営業部・支店へお申し出ください。`,
    // 保証期限変更 is done by the branch: the link is its contact (telephone, mail, 受付時間).
    href: `/help/branches#branch-${facts.branchId}`,
    linkLabel: "申込先の支店へ期限変更を申し出る",
    dueDate: facts.termTo,
  };
}

/** Those with a deadline first, soonest first (they cannot wait); then the others; then by key, so the order is stable. */
export function sortReminders(reminders: Reminder[]): Reminder[] {
  return [...reminders].sort((a, b) => {
    if (!a.dueDate !== !b.dueDate) return a.dueDate ? -1 : 1;
    return (a.dueDate && b.dueDate ? compareYmd(a.dueDate, b.dueDate) : 0) || a.key.localeCompare(b.key);
  });
}
