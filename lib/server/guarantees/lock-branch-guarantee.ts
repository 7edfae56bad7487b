// Locks one guarantee of the staff member's branch for the rest of the transaction and loads its
// versions and the version in force. Another branch's guarantee is "not found" (404); a cancelled one
// is refused with the caller's Japanese message. Every 変更 / 訂正 / 取消 starts here.
import type { Prisma } from "@/lib/db/client";
import { asCertificateContent } from "@/lib/domain/certificate-content";
import { currentVersion } from "@/lib/domain/certificate-history";
import { AppError, notFound } from "@/lib/errors";
import { isUuid } from "@/lib/domain/ids";

export const CANCELLED_REFUSAL = "取消済みの保証は変更・訂正・取消できません。";

export async function lockBranchGuarantee(tx: Prisma.TransactionClient, guaranteeId: string, branchId: string) {
  if (!isUuid(guaranteeId)) throw notFound();
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Guarantee" WHERE id = ${guaranteeId}::uuid AND "branchId" = ${branchId}::uuid FOR UPDATE`;
  if (rows.length === 0) throw notFound();
  const guarantee = await tx.guarantee.findUniqueOrThrow({
    where: { id: guaranteeId },
    include: { versions: { orderBy: { versionNo: "asc" } } },
  });
  if (guarantee.status === "CANCELLED") throw new AppError("CONFLICT", CANCELLED_REFUSAL);
  const current = currentVersion(guarantee.versions);
  if (!current) throw new Error(`guarantee ${guaranteeId} has no version in force`);
  const nextVersionNo = Math.max(...guarantee.versions.map((v) => v.versionNo)) + 1;
  return { guarantee, current, currentContent: asCertificateContent(current.content), nextVersionNo };
}

export type LockedGuarantee = Awaited<ReturnType<typeof lockBranchGuarantee>>;
