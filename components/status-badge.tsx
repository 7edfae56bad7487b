import type { ApplicationStatus, DocumentStatus, GuaranteeStatus, PayoutLineStatus, UsagePlanStatus } from "@/lib/db/generated/enums";
import { PAYOUT_LINE_STATUS_LABEL, payoutRequestStateLabel } from "@/lib/domain/payout-labels";
import { APPLICATION_STATUS_LABEL } from "@/lib/domain/application-status";
import { GUARANTEE_STATUS_LABEL } from "@/lib/domain/guarantee-labels";
import { DOCUMENT_STATUS_LABEL, USAGE_PLAN_STATUS_LABEL } from "@/lib/domain/usage-plan-labels";

/** 手続状況 of an application, coloured by what it asks of staff. */
export function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
  return <span className={`status status--${status.toLowerCase()}`}>{APPLICATION_STATUS_LABEL[status]}</span>;
}

export function GuaranteeStatusBadge({ status }: { status: GuaranteeStatus }) {
  return <span className={`status status--${status === "ACTIVE" ? "issued" : "cancelled"}`}>{GUARANTEE_STATUS_LABEL[status]}</span>;
}

/** 状態 of a 前払金使途内訳明細書 version (承認済 in the colours of 発行済). */
export function UsagePlanStatusBadge({ status }: { status: UsagePlanStatus }) {
  return <span className={`status status--${status === "APPROVED" ? "issued" : status.toLowerCase()}`}>{USAGE_PLAN_STATUS_LABEL[status]}</span>;
}

/** 受付 of a sent document. */
export function DocumentStatusBadge({ status }: { status: DocumentStatus }) {
  return <span className={`status status--${status === "REJECTED" ? "returned" : status.toLowerCase()}`}>{DOCUMENT_STATUS_LABEL[status]}</span>;
}

/** 依頼中 / 払出済 / 差戻し of a line of a 預託金払出依頼書. */
export function PayoutLineStatusBadge({ status }: { status: PayoutLineStatus }) {
  const tone = status === "PAID" ? "issued" : status === "RETURNED" ? "returned" : "submitted";
  return <span className={`status status--${tone}`}>{PAYOUT_LINE_STATUS_LABEL[status]}</span>;
}

/** 依頼中 while a line waits for the bank, 処理済 once every line is decided. */
export function PayoutRequestStateBadge({ statuses }: { statuses: PayoutLineStatus[] }) {
  const waiting = statuses.includes("REQUESTED");
  return <span className={`status status--${waiting ? "submitted" : "issued"}`}>{payoutRequestStateLabel(statuses)}</span>;
}
