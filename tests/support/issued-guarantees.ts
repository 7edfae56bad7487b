// Issues real guarantees for tests: an accepted application of a demo company, issued through the
// same use case staff use, so numbers, keys, versions and signatures are the real ones.
import { openAuthKey } from "@/lib/crypto/auth-key";
import { getPrisma } from "@/lib/db/client";
import { issueGuarantees } from "@/lib/server/guarantees/issue-guarantees";

export type IssuedForTest = { id: string; kind: string; contractNumber: string; authKey: string | null };

export async function issueTestGuarantees(options: { companyName?: string; orderingBodyName?: string; projectName?: string } = {}) {
  const prisma = getPrisma();
  const company = await prisma.contractorCompany.findFirstOrThrow({ where: { name: options.companyName ?? "〇〇建設 株式会社" } });
  const contractor = await prisma.user.findFirstOrThrow({ where: { companyId: company.id } });
  const branch = await prisma.branch.findUniqueOrThrow({ where: { name: "長野支店" } });
  const staff = await prisma.user.findFirstOrThrow({ where: { branchId: branch.id } });
  const body = await prisma.orderingBody.findUniqueOrThrow({ where: { name: options.orderingBodyName ?? "長野県△△建設事務所長" } });
  const application = await prisma.application.create({
    data: {
      companyId: company.id,
      createdById: contractor.id,
      status: "ACCEPTED",
      submittedAt: new Date(),
      orderingBodyId: body.id,
      branchId: branch.id,
      projectName: options.projectName ?? "令和○年度 県単河川維持工事",
      projectLocation: "長野県佐久市",
      contractAmount: 50_000_000n,
      periodFrom: new Date("2026-12-01T00:00:00Z"),
      periodTo: new Date("2027-03-25T00:00:00Z"),
      contractDate: new Date("2026-11-20T00:00:00Z"),
      advanceRequested: true,
      advanceForm: "ELECTRONIC",
      advanceAmount: 20_000_000n,
      depositBank: "〇〇銀行 ××支店",
      redeposit: false,
      advanceFeePaymentMethod: "LUMP_SUM",
      contractGuaranteeRequested: true,
      contractForm: "ELECTRONIC",
      contractGuaranteeAmount: 5_000_000n,
      contractFeePaymentMethod: "LUMP_SUM",
      orderType: "GENERAL_COMPETITIVE",
      awardDate: new Date("2026-11-10T00:00:00Z"),
      receiveMethod: "MAIL",
      completionMailWanted: true,
      notificationEmail: "soumu@marumaru-kensetsu.example.jp",
    },
  });
  const { guarantees } = await issueGuarantees({ applicationId: application.id, staff: { id: staff.id, branchId: branch.id } });
  const keys = await prisma.authKey.findMany({ where: { guaranteeId: { in: guarantees.map((g) => g.id) } } });
  const issued: IssuedForTest[] = guarantees.map((g) => {
    const key = keys.find((k) => k.guaranteeId === g.id);
    return { id: g.id, kind: g.kind, contractNumber: g.contractNumber, authKey: key ? openAuthKey(key.keyCiphertext, g.id, key.kekId) : null };
  });
  return { application, guarantees: issued, staff: { id: staff.id, branchId: branch.id } };
}
