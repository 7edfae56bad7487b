// 保証申込のお勧め: each rule at its boundaries (the day before, the day of, the day after).
import { describe, expect, it } from "vitest";
import {
  daysFrom,
  INTERMEDIATE_WINDOW_DAYS,
  intermediateAvailableReminder,
  keyNoticeReminder,
  REMINDER_KIND_LABEL,
  REMINDER_KINDS,
  RESERVATION_WINDOW_DAYS,
  reservationExpiringReminder,
  sortReminders,
  TERM_ENDING_WINDOW_DAYS,
  termEndingReminder,
  unsettledPayeeReminder,
  usagePlanMissingReminder,
} from "@/lib/domain/reminders";
import type { YMD } from "@/lib/domain/wareki";

const guarantee = { id: "g-1", contractNumber: "37071-00000M", productName: "前払金保証", projectName: "令和8年度 県単河川維持工事" };
const ymd = (iso: string): YMD => {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  return { year, month, day };
};
const today = ymd("2026-12-02");

describe("保証期限 ends within 30 days while the 工期 continues", () => {
  const rule = (termTo: string, periodTo: string | null = "2027-03-31", active = true) =>
    termEndingReminder({ guarantee, branchId: "b-1", active, termTo: ymd(termTo), periodTo: periodTo ? ymd(periodTo) : null, today });

  it("counts days across month and year ends", () => {
    expect(daysFrom(ymd("2026-12-31"), ymd("2027-01-01"))).toBe(1);
    expect(daysFrom(today, ymd("2027-01-01"))).toBe(30);
    expect(TERM_ENDING_WINDOW_DAYS).toBe(30);
  });

  it("the day before the window (31 days left): nothing; the day it opens (30 days): shown; the day after (29): shown", () => {
    expect(rule("2027-01-02")).toBeNull();
    expect(rule("2027-01-01")?.title).toBe("保証期限まであと30日です（期限変更のお手続きを）");
    expect(rule("2026-12-31")?.title).toBe("保証期限まであと29日です（期限変更のお手続きを）");
  });

  it("the last day (ends today) is shown; the day after it ended, nothing", () => {
    expect(rule("2026-12-03")?.title).toBe("保証期限まであと1日です（期限変更のお手続きを）");
    expect(rule("2026-12-02")?.title).toBe("保証期限が本日終わります（期限変更のお手続きを）");
    expect(rule("2026-12-01")).toBeNull();
  });

  it("only while the 工期 continues: 完成日 the day after the 保証期限 counts, the same day or earlier does not", () => {
    expect(rule("2026-12-20", "2026-12-21")).not.toBeNull();
    expect(rule("2026-12-20", "2026-12-20")).toBeNull();
    expect(rule("2026-12-20", "2026-12-19")).toBeNull();
    expect(rule("2026-12-20", null)).toBeNull();
  });

  it("a cancelled guarantee asks for nothing", () => {
    expect(rule("2026-12-20", "2027-03-31", false)).toBeNull();
  });

  it("links to the branch that changes the term, and its key moves with the 保証期限 (a dismissed one returns after a change)", () => {
    const reminder = rule("2026-12-20")!;
    expect(reminder.href).toBe("/help/branches#branch-b-1");
    expect(reminder.key).toBe("TERM_ENDING:g-1:2026-12-20");
    expect(reminder.detail).toContain("2026/12/20（令和8年12月20日）");
    expect(reminder.detail).toContain("2027/03/31（令和9年3月31日）");
    expect(rule("2026-12-27")!.key).not.toBe(reminder.key);
  });
});

describe("the key notice was never sent to the ordering body", () => {
  const rule = (facts: Partial<{ active: boolean; submitted: boolean; checkedByBody: boolean; lastSubmissionFailed: boolean }> = {}) =>
    keyNoticeReminder({ guarantee, active: true, submitted: false, checkedByBody: false, lastSubmissionFailed: false, ...facts });

  it("is shown until a submission is queued or sent, or the body itself has verified it", () => {
    expect(rule()?.href).toBe("/netdesk/guarantees/g-1#gd-submit-heading");
    expect(rule({ submitted: true })).toBeNull();
    expect(rule({ checkedByBody: true })).toBeNull();
    expect(rule({ active: false })).toBeNull();
  });

  it("says when the last submission failed (a failed mail is not a submission)", () => {
    expect(rule({ lastSubmissionFailed: true })?.detail).toContain("前回の送信は失敗しました。");
    expect(rule()?.detail).not.toContain("失敗");
  });
});

it("sorts deadlines first, the soonest first, then what has no deadline", () => {
  const now = keyNoticeReminder({ guarantee, active: true, submitted: false, checkedByBody: false, lastSubmissionFailed: false })!;
  const later = termEndingReminder({ guarantee, branchId: "b", active: true, termTo: ymd("2026-12-30"), periodTo: ymd("2027-03-31"), today })!;
  const sooner = termEndingReminder({ guarantee: { ...guarantee, id: "g-2" }, branchId: "b", active: true, termTo: ymd("2026-12-10"), periodTo: ymd("2027-03-31"), today })!;
  expect(sortReminders([later, sooner, now]).map((r) => r.key)).toEqual([sooner.key, later.key, now.key]);
});

describe("中間前払金保証: the 工期 passes its half within 30 days and the body pays a 中間前払金", () => {
  // 工期 2026-11-01〜2027-03-01 (121 days): half is passed on 2026-11-01 + ⌈121/2⌉ − 1 = 2026-12-31.
  const rule = (facts: Partial<Parameters<typeof intermediateAvailableReminder>[0]> = {}) =>
    intermediateAvailableReminder({
      guarantee,
      active: true,
      periodFrom: ymd("2026-11-01"),
      periodTo: ymd("2027-03-01"),
      max: 10_000_000n,
      belowMinimum: false,
      contractHasIntermediate: true,
      hasIntermediateApplication: false,
      today,
      ...facts,
    });

  it("the day before the window (31 days to the half): nothing; the day it opens (30): shown; the day after (29): shown", () => {
    expect(INTERMEDIATE_WINDOW_DAYS).toBe(30);
    expect(rule({ today: ymd("2026-11-30") })).toBeNull();
    expect(rule({ today: ymd("2026-12-01") })?.title).toBe("中間前払金保証のお申込みが可能になります（令和8年12月31日から）");
    expect(rule({ today: ymd("2026-12-02") })).not.toBeNull();
  });

  it("the day half the 工期 has passed is shown; the day after, nothing", () => {
    expect(rule({ today: ymd("2026-12-30") })).not.toBeNull();
    expect(rule({ today: ymd("2026-12-31") })?.dueDate).toEqual(ymd("2026-12-31"));
    expect(rule({ today: ymd("2027-01-01") })).toBeNull();
  });

  it("links to the 中間 form, names the 工期 in 和暦 and the maximum; its key moves with the half", () => {
    const reminder = rule()!;
    expect(reminder.href).toBe("/netdesk/guarantees/g-1/intermediate");
    expect(reminder.linkLabel).toBe("中間前払金保証を申し込む");
    expect(reminder.key).toBe("INTERMEDIATE_AVAILABLE:g-1:2026-12-31");
    expect(reminder.detail).toContain("2026/11/01（令和8年11月1日）〜2027/03/01（令和9年3月1日）");
    expect(reminder.detail).toContain("10,000,000円");
    expect(rule({ periodTo: ymd("2027-03-03") })!.key).toBe("INTERMEDIATE_AVAILABLE:g-1:2027-01-01");
  });

  it("nothing when the body pays none on it, the contract says なし, a 中間 application exists or the guarantee is cancelled", () => {
    expect(rule({ max: 0n })).toBeNull();
    expect(rule({ belowMinimum: true })).toBeNull();
    expect(rule({ contractHasIntermediate: false })).toBeNull();
    expect(rule({ contractHasIntermediate: null })).not.toBeNull();
    expect(rule({ hasIntermediateApplication: true })).toBeNull();
    expect(rule({ active: false })).toBeNull();
  });
});

describe("an issued 前払金保証 / 中間前払金保証 without an approved 使途内訳明細書", () => {
  const rule = (state: Parameters<typeof usagePlanMissingReminder>[0]["state"], active = true) => usagePlanMissingReminder({ guarantee, active, state });

  it("asks for one until it is approved: none, a draft, a returned one; not while it waits for 審査", () => {
    expect(rule("NONE")?.title).toBe("前払金使途内訳明細書を提出してください");
    expect(rule("DRAFT")?.title).toBe("一時保存の前払金使途内訳明細書を送信してください");
    expect(rule("RETURNED")?.title).toBe("差し戻された前払金使途内訳明細書を修正して送信してください");
    expect(rule("SUBMITTED")).toBeNull();
    expect(rule("APPROVED")).toBeNull();
    expect(rule("NONE", false)).toBeNull();
  });

  it("links to the guarantee's 明細書 form; the key names the state (a returned one comes back after a dismissal)", () => {
    expect(rule("NONE")!.href).toBe("/netdesk/usage-plans/guarantee/g-1");
    expect(rule("NONE")!.key).toBe("USAGE_PLAN_MISSING:g-1:NONE");
    expect(rule("RETURNED")!.key).not.toBe(rule("DRAFT")!.key);
  });
});

describe("未定 支払先 still open on the approved 明細書", () => {
  const lines = [
    { itemNo: 1, category: "MATERIAL", payee: "株式会社 信濃生コン" },
    { itemNo: 2, category: "LABOR", payee: null },
    { itemNo: 3, category: "OVERHEAD", payee: null },
  ];
  const rule = (facts: Partial<Parameters<typeof unsettledPayeeReminder>[0]> = {}) =>
    unsettledPayeeReminder({ guarantee, active: true, planId: "p-1", approvedVersionId: "v-1", lines, changeSubmitted: false, ...facts });

  it("names the 未定 lines (the 現場管理費等 item needs no 支払先) and links to the 使途変更 form", () => {
    const reminder = rule()!;
    expect(reminder.detail).toContain("支払先が未定の行が1行あります（No.2）");
    expect(reminder.href).toBe("/netdesk/usage-plans/p-1?change=1");
    expect(reminder.key).toBe("UNSETTLED_PAYEE:p-1:v-1");
  });

  it("nothing once every 支払先 is settled, while a 使途変更 waits for 審査, or on a cancelled guarantee", () => {
    expect(rule({ lines: [lines[0]!, lines[2]!] })).toBeNull();
    expect(rule({ changeSubmitted: true })).toBeNull();
    expect(rule({ active: false })).toBeNull();
  });
});

describe("a 契約保証予約 whose 有効期限 ends within 7 days", () => {
  const rule = (validUntil: string, facts: Partial<{ active: boolean; converted: boolean }> = {}) =>
    reservationExpiringReminder({ guarantee: { ...guarantee, productName: "契約保証予約" }, active: true, converted: false, validUntil: ymd(validUntil), today, ...facts });

  it("the day before the window (8 days left): nothing; the day it opens (7): shown; the day after (6): shown", () => {
    expect(RESERVATION_WINDOW_DAYS).toBe(7);
    expect(rule("2026-12-10")).toBeNull();
    expect(rule("2026-12-09")?.title).toBe("契約保証予約の有効期限まであと7日です");
    expect(rule("2026-12-08")?.title).toBe("契約保証予約の有効期限まであと6日です");
  });

  it("the last day is shown; the day after it lapsed, nothing", () => {
    expect(rule("2026-12-03")?.title).toBe("契約保証予約の有効期限まであと1日です");
    expect(rule("2026-12-02")?.title).toBe("契約保証予約の有効期限は本日までです");
    expect(rule("2026-12-01")).toBeNull();
  });

  it("links to the reservation's 電子保証概要 and its 「この予約から契約保証を申し込む」; nothing once converted or cancelled", () => {
    const reminder = rule("2026-12-05")!;
    expect(reminder.href).toBe("/netdesk/guarantees/g-1#gd-reservation");
    expect(reminder.linkLabel).toBe("この予約から契約保証を申し込む");
    expect(reminder.detail).toContain("2026/12/05（令和8年12月5日）");
    expect(reminder.key).toBe("RESERVATION_EXPIRING:g-1:2026-12-05");
    expect(rule("2026-12-05", { converted: true })).toBeNull();
    expect(rule("2026-12-05", { active: false })).toBeNull();
  });
});

it("every kind has its Japanese label", () => {
  for (const kind of REMINDER_KINDS) expect(REMINDER_KIND_LABEL[kind]).toMatch(/[\u3040-\u9fff]/);
});
