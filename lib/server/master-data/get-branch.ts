// One branch with its staff accounts, for its edit page (staff).
import { getPrisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { assertRole, type StaffActor } from "@/lib/auth/actor";
import { isUuid } from "@/lib/domain/ids";

export async function getBranch(options: { actor: StaffActor; id: unknown }) {
  assertRole(options.actor, "SURETY_STAFF");
  if (!isUuid(options.id)) throw notFound();
  const branch = await getPrisma().branch.findUnique({
    where: { id: options.id },
    include: {
      staff: {
        orderBy: [{ active: "desc" }, { createdAt: "asc" }],
        select: { id: true, name: true, email: true, active: true, passwordHash: true, lastLoginAt: true },
      },
    },
  });
  if (!branch) throw notFound();
  const staff = branch.staff.map(({ passwordHash, ...user }) => ({ ...user, passwordSet: passwordHash !== null }));
  return { ...branch, staff };
}
