// 「発注者による確認」 on 電子保証概要: when the ordering body last opened the certificate with the
// 保証契約番号 and 認証キー (a successful verification), or null for 未確認. Uses the
// (guaranteeId, succeeded, createdAt) index.
import { getPrisma } from "@/lib/db/client";

export async function lastOrderingBodyCheck(guaranteeId: string): Promise<Date | null> {
  const attempt = await getPrisma().verificationAttempt.findFirst({
    where: { guaranteeId, succeeded: true },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  return attempt?.createdAt ?? null;
}
