// 申込送信先 of a returned application (差戻し) stays the branch that returned it (isBranchLocked in
// lib/domain/application-status.ts): 一時保存 and 送信 of it refuse another branch with a field error.
import type { ApplicationStatus, Prisma } from "@/lib/db/client";
import { isBranchLocked } from "@/lib/domain/application-status";
import { invalidInput } from "@/lib/errors";
import { applicationMessages as M } from "@/lib/schemas/application-messages";

export async function keepReturnedBranch(
  tx: Prisma.TransactionClient,
  stored: { status: string; branchId: string | null },
  branchId: string | null,
): Promise<void> {
  if (!isBranchLocked(stored.status as ApplicationStatus) || branchId === stored.branchId) return;
  const branch = stored.branchId ? await tx.branch.findUnique({ where: { id: stored.branchId }, select: { name: true } }) : null;
  throw invalidInput({ branchId: M.branchLocked(branch?.name ?? "差し戻した支店") });
}
