// One application of the signed-in contractor's company. The company is in the where clause:
// another company's id finds nothing, exactly like an id that does not exist.
import { getPrisma } from "@/lib/db/client";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function findContractorApplication({ companyId, applicationId }: { companyId: string; applicationId: string }) {
  if (!UUID.test(applicationId)) return null;
  return getPrisma().application.findFirst({
    where: { id: applicationId, companyId },
    include: { orderingBody: true, branch: true },
  });
}

export const isUuid = (value: unknown): value is string => typeof value === "string" && UUID.test(value);
