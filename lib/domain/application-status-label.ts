// 手続状況 of an application, as staff and contractors see it.
import type { ApplicationStatus } from "@/lib/db/generated/enums";

export const APPLICATION_STATUS_LABEL: Record<ApplicationStatus, string> = {
  DRAFT: "一時保存",
  SUBMITTED: "送信済",
  ACCEPTED: "受付",
  UNDER_REVIEW: "審査中",
  RETURNED: "差戻し",
  ISSUED: "発行済",
  WITHDRAWN: "取下げ",
};

/** The statuses staff can filter their inbox by (drafts never reach the branch). */
export const STAFF_VISIBLE_STATUSES = ["SUBMITTED", "ACCEPTED", "UNDER_REVIEW", "RETURNED", "ISSUED", "WITHDRAWN"] as const satisfies readonly ApplicationStatus[];
