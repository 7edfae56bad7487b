// 請負者の登録・招待 → 登録情報の変更申請 (staff): the open requests of every company, oldest first, with
// what is registered now and what is asked for.
import { getPrisma } from "@/lib/db/client";
import { changedDetailFields, registeredDetailsOf } from "@/lib/domain/company-details";
import { assertRole, type StaffActor } from "@/lib/auth/actor";

export async function listCompanyDetailsChanges(options: { actor: StaffActor }) {
  assertRole(options.actor, "SURETY_STAFF");
  const open = await getPrisma().companyDetailsChangeRequest.findMany({
    where: { status: "PENDING" },
    orderBy: { requestedAt: "asc" },
    include: { company: true, requestedBy: { select: { name: true, email: true } } },
  });
  return open.map((r) => {
    const current = registeredDetailsOf(r.company);
    const requested = registeredDetailsOf(r.after as Record<string, unknown>);
    return { id: r.id, companyName: r.company.name, requestedAt: r.requestedAt, requestedBy: r.requestedBy, current, requested, changed: changedDetailFields(current, requested) };
  });
}
