// 請負者の登録・招待 (staff): the registered companies with their users, newest first.
import { getPrisma } from "@/lib/db/client";
import { assertRole, type StaffActor } from "@/lib/auth/actor";

export async function listContractorCompanies(options: { actor: StaffActor; take?: number }) {
  assertRole(options.actor, "SURETY_STAFF");
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
