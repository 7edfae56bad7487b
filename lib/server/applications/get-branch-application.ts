// One application of the staff member's branch, with everything the contractor entered, the issued
// guarantees and its history (audit entries). Another branch's id is NOT_FOUND → the page answers 404.
import { getPrisma } from "@/lib/db/client";
import { assertRole, type StaffActor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors";
import { listEntityHistory } from "@/lib/server/audit/entity-history";
import { isUuid } from "@/lib/domain/ids";

export async function getBranchApplication({ actor, applicationId }: { actor: StaffActor; applicationId: string }) {
  assertRole(actor, "SURETY_STAFF");
  if (!isUuid(applicationId)) throw notFound();
  const prisma = getPrisma();
  const application = await prisma.application.findFirst({
    where: { id: applicationId, branchId: actor.branchId, status: { not: "DRAFT" } },
    include: {
      company: true,
      orderingBody: true,
      branch: true,
      createdBy: { select: { name: true, email: true } },
      guarantees: { orderBy: { kind: "asc" }, include: { authKey: { select: { createdAt: true } } } },
      parentGuarantee: { select: { contractNumber: true, amount: true } },
      reservation: { select: { contractNumber: true, amount: true } },
    },
  });
  if (!application) throw notFound();
  return { application, history: await listEntityHistory("Application", application.id) };
}

export type BranchApplication = Awaited<ReturnType<typeof getBranchApplication>>["application"];
