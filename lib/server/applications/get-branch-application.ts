// One application of the staff member's branch, with everything the contractor entered, the issued
// guarantees and its history (audit entries). Another branch's id gives null → the page answers 404.
import { getPrisma } from "@/lib/db/client";
import { listEntityHistory } from "@/lib/server/audit/entity-history";
import { isUuid } from "@/lib/server/staff-actor";

export async function getBranchApplication({ applicationId, branchId }: { applicationId: string; branchId: string }) {
  if (!isUuid(applicationId)) return null;
  const prisma = getPrisma();
  const application = await prisma.application.findFirst({
    where: { id: applicationId, branchId, status: { not: "DRAFT" } },
    include: {
      company: true,
      orderingBody: true,
      branch: true,
      createdBy: { select: { name: true, email: true } },
      guarantees: { orderBy: { kind: "asc" }, include: { authKey: { select: { createdAt: true } } } },
    },
  });
  if (!application) return null;
  return { application, history: await listEntityHistory("Application", application.id) };
}

export type BranchApplication = NonNullable<Awaited<ReturnType<typeof getBranchApplication>>>["application"];
