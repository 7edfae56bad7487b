// 保証申込のお勧め: each rule at its boundaries (the day before, the day of, the day after).
import { describe, expect, it } from "vitest";
import { daysFrom, keyNoticeReminder, sortReminders, TERM_ENDING_WINDOW_DAYS, termEndingReminder } from "@/lib/domain/reminders";
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
