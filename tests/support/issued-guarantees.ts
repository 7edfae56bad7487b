// Issues real guarantees for tests: the flyer's application (lib/db/seed-demo-application.ts), accepted
// at 長野支店 and issued through the same use case staff use, so numbers, keys, versions and
// signatures are the real ones. Options change the company, the ordering body or the 工事名.
import { openAuthKey } from "@/lib/crypto/auth-key";
import { getPrisma } from "@/lib/db/client";
import { flyerApplicationData } from "@/lib/db/seed-demo-application";
import { issueGuarantees } from "@/lib/server/guarantees/issue-guarantees";
import { loadActor } from "@/lib/server/load-actor";

export type IssuedForTest = { id: string; kind: string; contractNumber: string; authKey: string | null };

/** `advanceAmount` below the flyer's 20,000,000円 (exactly 4/10 of 請負金額) leaves room for a 増額. */
export async function issueTestGuarantees(options: { companyName?: string; orderingBodyName?: string; projectName?: string; advanceAmount?: bigint } = {}) {
  const prisma = getPrisma();
  const company = await prisma.contractorCompany.findFirstOrThrow({ where: { name: options.companyName ?? "〇〇建設 株式会社" } });
  const contractor = await prisma.user.findFirstOrThrow({ where: { companyId: company.id } });
  const branch = await prisma.branch.findUniqueOrThrow({ where: { name: "長野支店" } });
  const staff = await prisma.user.findFirstOrThrow({ where: { branchId: branch.id } });
  const orderingBody = await prisma.orderingBody.findUniqueOrThrow({ where: { name: options.orderingBodyName ?? "長野県△△建設事務所長" } });
  const application = await prisma.application.create({
    data: {
      ...flyerApplicationData({ company, contractor, orderingBody, branch }),
      ...(options.projectName ? { projectName: options.projectName } : {}),
      ...(options.advanceAmount ? { advanceAmount: options.advanceAmount } : {}),
      status: "ACCEPTED",
      submittedAt: new Date(),
    },
  });
  const actor = await loadActor("SURETY_STAFF", { id: staff.id });
  const { guarantees } = await issueGuarantees({ applicationId: application.id, actor });
  const keys = await prisma.authKey.findMany({ where: { guaranteeId: { in: guarantees.map((g) => g.id) } } });
  const issued: IssuedForTest[] = guarantees.map((g) => {
    const key = keys.find((k) => k.guaranteeId === g.id);
    return { id: g.id, kind: g.kind, contractNumber: g.contractNumber, authKey: key ? openAuthKey(key.keyCiphertext, g.id, key.kekId) : null };
  });
  return { application, guarantees: issued, staff: actor };
}
