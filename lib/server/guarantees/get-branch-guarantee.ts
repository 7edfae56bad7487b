// One guarantee of the staff member's branch: its versions (hidden ones too: staff see the whole
// trail), whether a 認証キー exists (never the key: staff have no need to read it), and its audit entries.
// Another branch's id gives null → 404.
import { getPrisma } from "@/lib/db/client";
import { listEntityHistory } from "@/lib/server/audit/entity-history";
import { isUuid } from "@/lib/server/staff-actor";

export async function getBranchGuarantee({ guaranteeId, branchId }: { guaranteeId: string; branchId: string }) {
  if (!isUuid(guaranteeId)) return null;
  const prisma = getPrisma();
  const guarantee = await prisma.guarantee.findFirst({
    where: { id: guaranteeId, branchId },
    include: {
      company: { select: { name: true } },
      orderingBody: { select: { name: true } },
      application: { select: { id: true, applicationNumber: true } },
      issuedBy: { select: { name: true } },
      authKey: { select: { createdAt: true, kekId: true } },
      versions: { orderBy: { versionNo: "asc" }, include: { createdBy: { select: { name: true } } } },
    },
  });
  if (!guarantee) return null;
  return { guarantee, history: await listEntityHistory("Guarantee", guarantee.id) };
}

export type BranchGuarantee = NonNullable<Awaited<ReturnType<typeof getBranchGuarantee>>>["guarantee"];
