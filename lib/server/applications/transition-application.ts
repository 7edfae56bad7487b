// One status step of an application by staff (受付, 審査開始, 差戻し): lock the row, check the step is
// allowed from the current status, write the new status and the audit entry, in one transaction.
import { getPrisma, type ApplicationStatus, type Prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { AuditAction } from "@/lib/domain/audit-actions";
import { recordAuditEntry } from "@/lib/server/audit/record-audit-entry";
import type { RequestContext } from "@/lib/server/request-context";
import { staffAuditActor, type StaffActor } from "@/lib/server/staff-actor";
import { lockBranchApplication } from "./lock-branch-application";

export type ApplicationStep = {
  action: AuditAction; // e.g. application.accept
  from: readonly ApplicationStatus[];
  to: ApplicationStatus;
  refusal: string; // Japanese message when the current status does not allow the step
};

export async function transitionApplication(options: {
  applicationId: string;
  staff: StaffActor;
  step: ApplicationStep;
  data?: Prisma.ApplicationUpdateInput;
  request?: RequestContext;
}): Promise<void> {
  const { applicationId, staff, step } = options;
  await getPrisma().$transaction(async (tx) => {
    const status = await lockBranchApplication(tx, applicationId, staff.branchId);
    if (status === step.to) return; // a repeated click: already done, nothing to record
    if (!step.from.includes(status)) throw new AppError("CONFLICT", step.refusal);
    await tx.application.update({ where: { id: applicationId }, data: { ...options.data, status: step.to } });
    await recordAuditEntry(tx, {
      actor: staffAuditActor(staff),
      action: step.action,
      entityType: "Application",
      entityId: applicationId,
      before: { status },
      after: { status: step.to, ...(options.data?.companyMessage ? { companyMessage: String(options.data.companyMessage) } : {}) },
      request: options.request,
    });
  });
}
