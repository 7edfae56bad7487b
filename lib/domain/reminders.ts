// 保証申込のお勧め: what the portal tells a contractor to do next, one small pure rule per kind. The facts
// come from the records on every request (lib/server/reminders/, one source per kind); nothing is kept
// but a contractor's 「表示しない」. A reminder's key names the kind, the record and the fact it is about
// (e.g. the 保証期限), so a dismissed one comes back when that fact changes.
//
// The kinds (issue 19, item 3): the e-guarantee whose key notice never reached the ordering body; the
// 保証期限 that ends within 30 days while the 工期 continues; the 前払金保証 whose 工期 passes its half within
// 30 days (中間前払金); the issued 前払金保証 / 中間前払金保証 without an approved 使途内訳明細書; 未定 支払先 on
// the approved 明細書; the 契約保証予約 whose 有効期限 ends within 7 days. A new kind adds a value here, a rule
// below and a source in lib/server/reminders/sources/ (see lib/server/reminders/reminder-sources.ts).
import { halfTermDate } from "./intermediate-advance";
import { isPayeeSettled } from "./usage-plan-rules";
import { compareYmd, dateOfYmd, formatDateBoth, formatWareki, isoOfYmd, type YMD } from "./wareki";
import { formatYen } from "./yen";

export const REMINDER_KINDS = ["KEY_NOTICE_NOT_SENT", "TERM_ENDING", "INTERMEDIATE_AVAILABLE", "USAGE_PLAN_MISSING", "UNSETTLED_PAYEE", "RESERVATION_EXPIRING"] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export const REMINDER_KIND_LABEL = {
  KEY_NOTICE_NOT_SENT: "認証キーの提出",
  TERM_ENDING: "保証期限の変更",
  INTERMEDIATE_AVAILABLE: "中間前払金保証の申込",
  USAGE_PLAN_MISSING: "前払金使途内訳明細書の提出",
  UNSETTLED_PAYEE: "支払先の確定（使途変更）",
  RESERVATION_EXPIRING: "契約保証予約の有効期限",
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
    key: `TERM_ENDING:${g.id}:${isoOfYmd(facts.termTo)}`,
    kind: "TERM_ENDING",
    title: left === 0 ? "保証期限が本日終わります（期限変更のお手続きを）" : `保証期限まであと${left}日です（期限変更のお手続きを）`,
    detail: `${about(g)} の保証期限は ${formatDateBoth(facts.termTo)} ですが、工期は ${formatDateBoth(facts.periodTo)} まで続きます。保証期限変更を申込先の営業部・支店へお申し出ください。`,
    // 保証期限変更 is done by the branch: the link is its contact (telephone, mail, 受付時間).
    href: `/help/branches#branch-${facts.branchId}`,
    linkLabel: "申込先の支店へ期限変更を申し出る",
    dueDate: facts.termTo,
  };
}

/** How many days before the day half the 工期 has passed the 中間前払金 reminder appears. */
export const INTERMEDIATE_WINDOW_DAYS = 30;

/**
 * An active 前払金保証 whose 工期 passes its half (halfTermDate) within 30 days (today up to today + 30, both
 * included), when the ordering body pays a 中間前払金 on this contract (its rules leave a maximum above 0 and
 * the 請負金額 is not under its minimum; the application did not say 中間前払金なし) and no 中間 application
 * was made from it yet.
 */
export function intermediateAvailableReminder(facts: {
  guarantee: ReminderGuarantee;
  active: boolean;
  periodFrom: YMD;
  periodTo: YMD;
  /** The largest 中間前払金額 the body's rules leave (intermediateEligibility().max). */
  max: bigint;
  belowMinimum: boolean;
  /** 当該工事の中間前払金の有無 as the 保証申込 answered it (null: not answered). */
  contractHasIntermediate: boolean | null;
  hasIntermediateApplication: boolean;
  today: YMD;
}): Reminder | null {
  if (!facts.active || facts.hasIntermediateApplication || facts.contractHasIntermediate === false) return null;
  if (facts.belowMinimum || facts.max <= 0n) return null;
  const half = halfTermDate(facts.periodFrom, facts.periodTo);
  const left = daysFrom(facts.today, half);
  if (left < 0 || left > INTERMEDIATE_WINDOW_DAYS) return null;
  const g = facts.guarantee;
  return {
    key: `INTERMEDIATE_AVAILABLE:${g.id}:${isoOfYmd(half)}`,
    kind: "INTERMEDIATE_AVAILABLE",
    title: `中間前払金保証のお申込みが可能になります（${formatWareki(half)}から）`,
    detail: `${about(g)} の工期（${formatDateBoth(facts.periodFrom)}〜${formatDateBoth(facts.periodTo)}）は ${formatDateBoth(half)} に2分の1を経過します。発注者の中間前金払の認定（認定調書）を受けたら、中間前払金保証をお申し込みください（中間前払金額は最大 ${formatYen(facts.max)}）。`,
    href: `/netdesk/guarantees/${g.id}/intermediate`,
    linkLabel: "中間前払金保証を申し込む",
    dueDate: half,
  };
}

/** Where the 明細書 of an issued 前払金保証 / 中間前払金保証 stands: none yet, or its open version's state, or approved. */
export type UsagePlanState = "NONE" | "DRAFT" | "SUBMITTED" | "RETURNED" | "APPROVED";

/**
 * An active 前払金保証 / 中間前払金保証 without an approved 使途内訳明細書: none made, a draft not sent, or one
 * returned. One sent and waiting for the branch's 審査 asks nothing of the contractor. The key names the
 * state, so a dismissed reminder returns when the 明細書 is returned.
 */
export function usagePlanMissingReminder(facts: { guarantee: ReminderGuarantee; active: boolean; state: UsagePlanState }): Reminder | null {
  if (!facts.active || facts.state === "APPROVED" || facts.state === "SUBMITTED") return null;
  const g = facts.guarantee;
  const title = {
    NONE: "前払金使途内訳明細書を提出してください",
    DRAFT: "一時保存の前払金使途内訳明細書を送信してください",
    RETURNED: "差し戻された前払金使途内訳明細書を修正して送信してください",
  }[facts.state];
  return {
    key: `USAGE_PLAN_MISSING:${g.id}:${facts.state}`,
    kind: "USAGE_PLAN_MISSING",
    title,
    detail: `${about(g)} の前払金使途内訳明細書が、まだ承認されていません。承認されるまで預託金の払出は依頼できません。`,
    href: `/netdesk/usage-plans/guarantee/${g.id}`,
    linkLabel: facts.state === "NONE" ? "明細書を作成する" : "明細書を開く",
    dueDate: null,
  };
}

/** One line of the approved 明細書, as the 未定 reminder reads it. */
export type ReminderPlanLine = { itemNo: number | null; category: string; payee: string | null };

/**
 * 未定 支払先 still open on the approved 明細書 of an active guarantee: a 使途変更 settles them (their lines cannot
 * be drawn on until then). A 使途変更 already sent and waiting for 審査 asks nothing more. The key names the
 * approved version, so the next approval that still leaves a 未定 line shows it again.
 */
export function unsettledPayeeReminder(facts: { guarantee: ReminderGuarantee; active: boolean; planId: string; approvedVersionId: string; lines: readonly ReminderPlanLine[]; changeSubmitted: boolean }): Reminder | null {
  if (!facts.active || facts.changeSubmitted) return null;
  const open = facts.lines.filter((l) => !isPayeeSettled(l));
  if (open.length === 0) return null;
  const g = facts.guarantee;
  const numbers = open.map((l) => (l.itemNo === null ? "" : `No.${l.itemNo}`)).filter(Boolean);
  return {
    key: `UNSETTLED_PAYEE:${facts.planId}:${facts.approvedVersionId}`,
    kind: "UNSETTLED_PAYEE",
    title: "支払先が未定の明細があります（使途変更で支払先を確定してください）",
    detail: `${about(g)} の承認済みの明細書に、支払先が未定の行が${open.length}行あります${numbers.length > 0 ? `（${numbers.join("・")}）` : ""}。支払先が決まるまで、その行の払出は依頼できません。`,
    href: `/netdesk/usage-plans/${facts.planId}?change=1`,
    linkLabel: "使途変更を申し込む",
    dueDate: null,
  };
}

/** How many days before its 有効期限 a 契約保証予約 is reminded. */
export const RESERVATION_WINDOW_DAYS = 7;

/**
 * An active 契約保証予約 not yet converted (no 保証申込 made from it) whose 有効期限 ends within 7 days (today up to
 * today + 7, both included): after winning the bid, the 契約保証 is applied for from it before it lapses.
 */
export function reservationExpiringReminder(facts: { guarantee: ReminderGuarantee; active: boolean; converted: boolean; validUntil: YMD; today: YMD }): Reminder | null {
  if (!facts.active || facts.converted) return null;
  const left = daysFrom(facts.today, facts.validUntil);
  if (left < 0 || left > RESERVATION_WINDOW_DAYS) return null;
  const g = facts.guarantee;
  return {
    key: `RESERVATION_EXPIRING:${g.id}:${isoOfYmd(facts.validUntil)}`,
    kind: "RESERVATION_EXPIRING",
    title: left === 0 ? "契約保証予約の有効期限は本日までです" : `契約保証予約の有効期限まであと${left}日です`,
    detail: `${about(g)} の有効期限は ${formatDateBoth(facts.validUntil)} です。落札されたら、有効期限までにこの予約から契約保証をお申し込みください。`,
    href: `/netdesk/guarantees/${g.id}#gd-reservation`,
    linkLabel: "この予約から契約保証を申し込む",
    dueDate: facts.validUntil,
  };
}

/** Those with a deadline first, soonest first (they cannot wait); then the others; then by key, so the order is stable. */
export function sortReminders(reminders: Reminder[]): Reminder[] {
  return [...reminders].sort((a, b) => {
    if (!a.dueDate !== !b.dueDate) return a.dueDate ? -1 : 1;
    return (a.dueDate && b.dueDate ? compareYmd(a.dueDate, b.dueDate) : 0) || a.key.localeCompare(b.key);
  });
}
