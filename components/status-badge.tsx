import type { ApplicationStatus, DocumentStatus, GuaranteeStatus, UsagePlanStatus } from "@/lib/db/generated/enums";
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
