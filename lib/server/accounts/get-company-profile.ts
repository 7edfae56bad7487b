// お客様情報: the contractor's own company and its users (never another company's).
import { getPrisma } from "@/lib/db/client";
import { assertRole, type ContractorActor } from "@/lib/auth/actor";

export async function getCompanyProfile(options: { actor: ContractorActor }) {
  const actor = assertRole(options.actor, "CONTRACTOR");
  const company = await getPrisma().contractorCompany.findUniqueOrThrow({
    where: { id: actor.companyId },
    include: {
      users: {
        orderBy: [{ active: "desc" }, { createdAt: "asc" }],
        select: { id: true, name: true, email: true, active: true, passwordHash: true, lastLoginAt: true, createdAt: true },
      },
      // The latest change of 会社名・代表者・所在地 asked for: 申請中, or how it was decided.
      detailsChangeRequests: { orderBy: { requestedAt: "desc" }, take: 1, include: { requestedBy: { select: { name: true } } } },
    },
  });
  // The page needs to know whether a password is set (招待中), never the hash itself.
  const users = company.users.map(({ passwordHash, ...user }) => ({ ...user, passwordSet: passwordHash !== null }));
  const { detailsChangeRequests, ...rest } = company;
  return { ...rest, users, latestDetailsChange: detailsChangeRequests[0] ?? null };
}
