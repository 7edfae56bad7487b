// The page of 「中間前払金保証を申し込む」: the 前払金保証 of the contractor's company (another company's → 404),
// what the ordering body's rules allow (the eligibility shown before the contractor types), and the form's
// values — a new one from the 前払金保証, or the application already made from it.
import { assertRole, type ContractorActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { isEditableStatus } from "@/lib/domain/application-status";
import { isUuid } from "@/lib/domain/ids";
import { notFound } from "@/lib/errors";
import { findIntermediateParent, intermediateEligibilityOf, intermediateRulesOf, NOT_AN_ADVANCE } from "./intermediate-context";
import { newIntermediateFormValues, toIntermediateFormValues } from "./intermediate-record";

export async function getIntermediateApplicationForm({ actor, parentGuaranteeId }: { actor: ContractorActor; parentGuaranteeId: string }) {
  assertRole(actor, "CONTRACTOR");
  if (!isUuid(parentGuaranteeId)) throw notFound();
  const prisma = getPrisma();
  const parent = await findIntermediateParent(prisma, actor.companyId, parentGuaranteeId);
  if (!parent) throw notFound();
  const [company, existing] = await Promise.all([
    prisma.contractorCompany.findUniqueOrThrow({ where: { id: actor.companyId } }),
    prisma.application.findUnique({ where: { parentGuaranteeId } }),
  ]);
  const refusal = parent.kind !== "ADVANCE" || parent.status !== "ACTIVE" ? NOT_AN_ADVANCE : null;
  return {
    parent: {
      id: parent.id,
      contractNumber: parent.contractNumber,
      projectName: parent.projectName,
      orderingBodyName: parent.orderingBody.name,
      eGuaranteeEnabled: parent.orderingBody.eGuaranteeEnabled,
      contractAmount: parent.contractAmount,
      advanceAmount: parent.amount,
      periodFrom: parent.application.periodFrom,
      periodTo: parent.application.periodTo,
      termTo: parent.termTo,
      branchName: (await prisma.branch.findUniqueOrThrow({ where: { id: parent.branchId }, select: { name: true } })).name,
    },
    refusal,
    eligibility: intermediateEligibilityOf(parent),
    rules: intermediateRulesOf(parent.orderingBody),
    existing: existing ? { id: existing.id, status: existing.status, applicationNumber: existing.applicationNumber, companyMessage: existing.companyMessage, editable: isEditableStatus(existing.status) } : null,
    initialValues: existing && isEditableStatus(existing.status) ? toIntermediateFormValues(existing) : newIntermediateFormValues(parent, company),
  };
}
