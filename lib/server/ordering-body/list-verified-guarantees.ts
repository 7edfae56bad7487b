// The guarantees addressed to an ordering body that its signed-in users have verified, with their
// current status, the last verification and whether receipt (受領確認) was recorded.
import { assertRole, type OrderingBodyActor } from "@/lib/auth/actor";
import { getPrisma, type GuaranteeKind, type GuaranteeStatus } from "@/lib/db/client";

export type VerifiedGuaranteeRow = {
  id: string;
  contractNumber: string;
  kind: GuaranteeKind;
  companyName: string;
  projectName: string;
  amount: bigint;
  status: GuaranteeStatus;
  lastVerifiedAt: Date;
  receiptConfirmedAt: Date | null;
};

export async function listVerifiedGuarantees({ actor }: { actor: OrderingBodyActor }): Promise<VerifiedGuaranteeRow[]> {
  assertRole(actor, "ORDERING_BODY");
  const { orderingBodyId } = actor;
  const guarantees = await getPrisma().guarantee.findMany({
    where: {
      orderingBodyId,
      verificationAttempts: { some: { succeeded: true, user: { orderingBodyId } } },
    },
    select: {
      id: true,
      contractNumber: true,
      kind: true,
      projectName: true,
      amount: true,
      status: true,
      company: { select: { name: true } },
      verificationAttempts: {
        where: { succeeded: true, user: { orderingBodyId } },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { createdAt: true },
      },
      receiptConfirmations: { where: { orderingBodyId }, select: { confirmedAt: true } },
    },
    orderBy: { issuedAt: "desc" },
    take: 500,
  });
  return guarantees.map((g) => ({
    id: g.id,
    contractNumber: g.contractNumber,
    kind: g.kind,
    companyName: g.company.name,
    projectName: g.projectName,
    amount: g.amount,
    status: g.status,
    lastVerifiedAt: g.verificationAttempts[0]!.createdAt,
    receiptConfirmedAt: g.receiptConfirmations[0]?.confirmedAt ?? null,
  }));
}
