// One application of the signed-in contractor's company. The company is in the where clause:
// another company's id is NOT_FOUND, exactly like an id that does not exist.
import { assertRole, type ContractorActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { isUuid } from "@/lib/domain/ids";
import { notFound } from "@/lib/errors";

export async function getContractorApplication({ actor, applicationId }: { actor: ContractorActor; applicationId: string }) {
  assertRole(actor, "CONTRACTOR");
  if (!isUuid(applicationId)) throw notFound();
  const application = await getPrisma().application.findFirst({
    where: { id: applicationId, companyId: actor.companyId },
    include: {
      orderingBody: true,
      branch: true,
      parentGuarantee: { select: { contractNumber: true, amount: true } },
      reservation: { select: { contractNumber: true, amount: true } },
      guarantees: { select: { id: true, kind: true, status: true } },
    },
  });
  if (!application) throw notFound();
  return application;
}
