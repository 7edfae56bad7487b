// One guarantee of the staff member's branch: its versions (hidden ones too: staff see the whole
// trail), whether a 認証キー exists (never the key: staff have no need to read it), and its audit entries.
// Another branch's id is NOT_FOUND → 404.
import { getPrisma } from "@/lib/db/client";
import { assertRole, type StaffActor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors";
import { listEntityHistory } from "@/lib/server/audit/entity-history";
import { isUuid } from "@/lib/domain/ids";

export async function getBranchGuarantee({ actor, guaranteeId }: { actor: StaffActor; guaranteeId: string }) {
  assertRole(actor, "SURETY_STAFF");
  if (!isUuid(guaranteeId)) throw notFound();
  const prisma = getPrisma();
  const guarantee = await prisma.guarantee.findFirst({
    where: { id: guaranteeId, branchId: actor.branchId },
    include: {
      company: { select: { name: true } },
      orderingBody: { select: { name: true } },
      application: { select: { id: true, applicationNumber: true } },
      issuedBy: { select: { name: true } },
      authKey: { select: { createdAt: true, kekId: true } },
      versions: { orderBy: { versionNo: "asc" }, include: { createdBy: { select: { name: true } } } },
    },
  });
  if (!guarantee) throw notFound();
  return { guarantee, history: await listEntityHistory("Guarantee", guarantee.id) };
}

export type BranchGuarantee = Awaited<ReturnType<typeof getBranchGuarantee>>["guarantee"];
