// The company's applications, newest activity first, a page at a time: drafts and sent ones alike
// (保証申込 and 中間前払金保証; 契約保証予約 are listed on their own tab, list-contractor-reservations.ts).
import { assertRole, type ContractorActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";

export const APPLICATIONS_PER_PAGE = 20;

export async function listContractorApplications({ actor, page }: { actor: ContractorActor; page: number }) {
  assertRole(actor, "CONTRACTOR");
  const prisma = getPrisma();
  const where = { companyId: actor.companyId, kind: { not: "RESERVATION" as const } };
  const total = await prisma.application.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / APPLICATIONS_PER_PAGE));
  const current = Math.min(Math.max(1, Math.trunc(page) || 1), pageCount);
  const rows = await prisma.application.findMany({
    where,
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    skip: (current - 1) * APPLICATIONS_PER_PAGE,
    take: APPLICATIONS_PER_PAGE,
    select: {
      id: true, applicationNumber: true, status: true, projectName: true, contractAmount: true,
      kind: true, advanceRequested: true, contractGuaranteeRequested: true, updatedAt: true, submittedAt: true,
      orderingBody: { select: { name: true } },
      branch: { select: { name: true } },
    },
  });
  return { rows, total, page: current, pageCount };
}
