// 請負者の登録・招待 (staff): the registered companies with their users, newest first.
import { getPrisma } from "@/lib/db/client";
import { type Actor, staffActor } from "@/lib/server/actor";

export async function listContractorCompanies(options: { actor: Actor; take?: number }) {
  staffActor(options.actor);
  const companies = await getPrisma().contractorCompany.findMany({
    orderBy: { createdAt: "desc" },
    take: options.take ?? 200,
    include: { users: { select: { id: true, name: true, email: true, active: true, passwordHash: true }, orderBy: { createdAt: "asc" } } },
  });
  return companies.map((company) => ({
    ...company,
    users: company.users.map(({ passwordHash, ...user }) => ({ ...user, passwordSet: passwordHash !== null })),
  }));
}
