// One status step of an application by staff (受付, 審査開始, 差戻し): lock the row, check the step is
// allowed from the current status, write the new status and the audit entry, in one transaction.
import { getPrisma, type ApplicationStatus, type Prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { AuditAction } from "@/lib/domain/audit-actions";
import { recordAuditEntry } from "@/lib/server/audit/record-audit-entry";
import type { RequestContext } from "@/lib/server/request-context";
import { assertRole, type StaffActor } from "@/lib/auth/actor";
import { lockBranchApplication } from "./lock-branch-application";

export type ApplicationStep = {
  action: AuditAction; // e.g. application.accept
  from: readonly ApplicationStatus[];
  to: ApplicationStatus;
  refusal: string; // Japanese message when the current status does not allow the step
};

export async function transitionApplication(options: {
  applicationId: string;
  actor: StaffActor;
  step: ApplicationStep;
  data?: Prisma.ApplicationUpdateInput;
  request?: RequestContext;
}): Promise<void> {
  const actor = assertRole(options.actor, "SURETY_STAFF");
  const { applicationId, step } = options;
  await getPrisma().$transaction(async (tx) => {
    const status = await lockBranchApplication(tx, applicationId, actor.branchId);
    if (status === step.to) return; // a repeated click: already done, nothing to record
    if (!step.from.includes(status)) throw new AppError("CONFLICT", step.refusal);
    await tx.application.update({ where: { id: applicationId }, data: { ...options.data, status: step.to } });
    await recordAuditEntry(tx, {
      actor,
      action: step.action,
      entityType: "Application",
      entityId: applicationId,
      before: { status },
      after: { status: step.to, ...(options.data?.companyMessage ? { companyMessage: String(options.data.companyMessage) } : {}) },
      request: options.request,
    });
  });
}
