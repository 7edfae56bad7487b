import type { ApplicationStatus, GuaranteeStatus } from "@/lib/db/generated/enums";
import { APPLICATION_STATUS_LABEL } from "@/lib/domain/application-status";
import { GUARANTEE_STATUS_LABEL } from "@/lib/domain/guarantee-labels";

/** 手続状況 of an application, coloured by what it asks of staff. */
export function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
  return <span className={`status status--${status.toLowerCase()}`}>{APPLICATION_STATUS_LABEL[status]}</span>;
}

export function GuaranteeStatusBadge({ status }: { status: GuaranteeStatus }) {
  return <span className={`status status--${status === "ACTIVE" ? "issued" : "cancelled"}`}>{GUARANTEE_STATUS_LABEL[status]}</span>;
}
