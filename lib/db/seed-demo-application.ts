// The flyer's application (000_…: 〇〇建設 株式会社 → 長野支店, 令和○年度 県単河川維持工事), sent and
// waiting for 受付, so a newcomer's staff inbox is not empty. Idempotent: found again by its
// submissionKey, never duplicated and never reset once staff have worked on it.
import type { AuditAction } from "@/lib/domain/audit-actions";
import type { ContractorCompany, Prisma, PrismaClient } from "./client";

export const DEMO_APPLICATION_SUBMISSION_KEY = "demo:flyer-nagano-river-maintenance";
export const DEMO_APPLICATION_NUMBER = "2022-000001";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export async function seedDemoApplication(prisma: PrismaClient): Promise<void> {
  if (await prisma.application.findUnique({ where: { submissionKey: DEMO_APPLICATION_SUBMISSION_KEY } })) return;
  const [company, contractor, orderingBody, branch] = await Promise.all([
    prisma.contractorCompany.findFirstOrThrow({ where: { name: "〇〇建設 株式会社" } }),
    prisma.user.findUniqueOrThrow({ where: { email: "contractor@example.jp" } }),
    prisma.orderingBody.findUniqueOrThrow({ where: { name: "長野県△△建設事務所長" } }),
    prisma.branch.findUniqueOrThrow({ where: { name: "長野支店" } }),
  ]);
  const submittedAt = new Date("2022-10-31T06:00:00Z"); // 2022/10/31 15:00 JST
  const application = await prisma.application.create({
    data: {
      ...flyerApplicationData({ company, contractor, orderingBody, branch }),
      applicationNumber: DEMO_APPLICATION_NUMBER,
      submissionKey: DEMO_APPLICATION_SUBMISSION_KEY,
      status: "SUBMITTED",
      submittedAt,
    },
  });
  await prisma.auditEntry.create({
    data: {
      at: submittedAt,
      actorId: contractor.id,
      actorRole: "CONTRACTOR",
      action: "application.submit" satisfies AuditAction,
      entityType: "Application",
      entityId: application.id,
      after: { status: "SUBMITTED", applicationNumber: DEMO_APPLICATION_NUMBER },
      ipAddress: "demo",
    },
  });
}

type FlyerRefs = {
  company: ContractorCompany;
  contractor: { id: string };
  orderingBody: { id: string };
  branch: { id: string };
};

/** Every field of the flyer's application (000_… flyer), as one company would send it. Tests reuse it. */
export function flyerApplicationData({ company, contractor, orderingBody, branch }: FlyerRefs) {
  return {
    companyId: company.id,
    createdById: contractor.id,
    orderingBodyId: orderingBody.id,
    projectName: "令和○年度 県単河川維持工事",
    projectLocation: "長野県長野市 ××川 地内",
    contractAmount: 50_000_000n,
    periodFrom: day("2022-11-01"),
    periodTo: day("2023-03-17"),
    contractDate: day("2022-10-31"),
    advanceRequested: true,
    advanceForm: "ELECTRONIC",
    advanceAmount: 20_000_000n,
    // Full-width space: what the form stores (預託金融機関(全角)); the detail page re-reads it with the form schema.
    depositBank: "〇〇銀行　××支店",
    redeposit: false,
    advanceFeePaymentMethod: "LUMP_SUM",
    advanceFeeBillTo: company.name,
    advanceFeeStatementWanted: false,
    intermediateAdvance: true,
    intermediateAdvancePlanned: true,
    contractGuaranteeRequested: true,
    contractForm: "ELECTRONIC",
    contractGuaranteeAmount: 5_000_000n,
    contractFeePaymentMethod: "LUMP_SUM",
    contractFeeBillTo: company.name,
    contractFeeStatementWanted: false,
    orderType: "GENERAL_COMPETITIVE",
    awardDate: day("2022-10-31"),
    branchId: branch.id,
    receiveMethod: "MAIL",
    receiveDesiredDate: day("2022-11-07"),
    completionMailWanted: true,
    notificationEmail: company.email,
    shipToName: company.name,
    shipToPostalCode: company.postalCode,
    shipToAddress: company.address,
    contactDepartment: company.contactDepartment,
    contactTitle: company.contactTitle,
    contactName: company.contactName,
    contactPhone: company.contactPhone,
  } satisfies Prisma.ApplicationUncheckedCreateInput;
}
