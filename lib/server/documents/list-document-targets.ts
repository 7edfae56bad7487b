// The 添付先 choices of the 書類送信 form: the company's sent applications, its guarantees and the lines
// of its approved 明細書, as "<type>:<id>" with a label a person recognises.
import { assertRole, type ContractorActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { KIND_SHORT } from "@/lib/domain/guarantee-labels";
import { usageCategoryLabel } from "@/lib/domain/usage-categories";
import { payeeText } from "@/lib/domain/usage-plan-rules";

export type DocumentTargetGroup = { label: string; options: { value: string; label: string }[] };

export async function listDocumentTargets(options: { actor: ContractorActor }): Promise<DocumentTargetGroup[]> {
  const actor = assertRole(options.actor, "CONTRACTOR");
  const prisma = getPrisma();
  const [applications, guarantees, plans] = await Promise.all([
    prisma.application.findMany({
      where: { companyId: actor.companyId, status: { not: "DRAFT" }, branchId: { not: null } },
      orderBy: { submittedAt: "desc" },
      take: 100,
      select: { id: true, applicationNumber: true, projectName: true },
    }),
    prisma.guarantee.findMany({ where: { companyId: actor.companyId }, orderBy: { issuedAt: "desc" }, take: 100, select: { id: true, contractNumber: true, kind: true, projectName: true } }),
    prisma.usagePlan.findMany({
      where: { companyId: actor.companyId, approvedVersionId: { not: null } },
      take: 50,
      select: {
        guarantee: { select: { contractNumber: true } },
        approvedVersion: { select: { lines: { orderBy: { position: "asc" }, select: { itemId: true, category: true, payee: true, item: { select: { itemNo: true } } } } } },
      },
    }),
  ]);
  return [
    { label: "保証申込", options: applications.map((a) => ({ value: `application:${a.id}`, label: `申込 ${a.applicationNumber ?? ""} ${a.projectName ?? ""}` })) },
    { label: "保証", options: guarantees.map((g) => ({ value: `guarantee:${g.id}`, label: `${KIND_SHORT[g.kind]} ${g.contractNumber} ${g.projectName}` })) },
    {
      label: "明細書の行（支払の証拠書類）",
      options: plans.flatMap((p) =>
        (p.approvedVersion?.lines ?? []).map((l) => ({
          value: `item:${l.itemId}`,
          label: `${p.guarantee.contractNumber} No.${l.item?.itemNo} ${usageCategoryLabel(l.category)}（${payeeText(l)}）`,
        })),
      ),
    },
  ].filter((g) => g.options.length > 0);
}
