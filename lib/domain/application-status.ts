// 手続状況 of an application, as contractors and staff see it, and which states the contractor may still edit.
import type { ApplicationStatus } from "./enums";

export const APPLICATION_STATUS_LABEL: Record<ApplicationStatus, string> = {
  DRAFT: "一時保存",
  SUBMITTED: "送信済（受付待ち）",
  ACCEPTED: "受付済",
  UNDER_REVIEW: "審査中",
  RETURNED: "差戻し",
  ISSUED: "発行済",
  WITHDRAWN: "取下げ",
};

/** A draft, or one the guarantee company returned (差戻し) for correction. */
export const EDITABLE_STATUSES: readonly ApplicationStatus[] = ["DRAFT", "RETURNED"];

export const isEditableStatus = (status: ApplicationStatus) => EDITABLE_STATUSES.includes(status);

/**
 * 申込送信先 is fixed once the application was sent: a returned one (差戻し) is corrected for the branch
 * that returned it and goes back there, whether it is saved (一時保存) or sent again. Only a draft that was
 * never sent may choose its branch.
 */
export const isBranchLocked = (status: ApplicationStatus) => status === "RETURNED";

/** The statuses staff can filter their inbox by (drafts never reach the branch). */
export const STAFF_VISIBLE_STATUSES = ["SUBMITTED", "ACCEPTED", "UNDER_REVIEW", "RETURNED", "ISSUED", "WITHDRAWN"] as const satisfies readonly ApplicationStatus[];
