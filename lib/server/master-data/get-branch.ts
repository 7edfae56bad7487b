// One branch with its staff accounts, for its edit page (staff).
import { getPrisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { type Actor, isUuid, staffActor } from "@/lib/server/actor";

export async function getBranch(options: { actor: Actor; id: unknown }) {
  staffActor(options.actor);
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
