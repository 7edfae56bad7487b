// 「発注者による確認」 on 電子保証概要. Only a successful verification by a signed-in user of the
// guarantee's own ordering body is 確認済み; any other successful lookup (the public /verify or the API
// without a user, the contractor itself, another body's user) is only 照会あり, with its time, since
// whoever holds the number and key can look. Both null: 未確認. Uses the
// (guaranteeId, succeeded, createdAt) index.
import { getPrisma } from "@/lib/db/client";

export type OrderingBodyCheck = { confirmedAt: Date | null; lookedUpAt: Date | null };

export async function lastOrderingBodyCheck(guaranteeId: string): Promise<OrderingBodyCheck> {
  const [row] = await getPrisma().$queryRaw<{ confirmed_at: Date | null; looked_up_at: Date | null }[]>`
    SELECT max(a."createdAt") FILTER (WHERE u."orderingBodyId" = g."orderingBodyId") AS confirmed_at,
           max(a."createdAt") FILTER (WHERE u."orderingBodyId" IS DISTINCT FROM g."orderingBodyId") AS looked_up_at
      FROM "Guarantee" g
      JOIN "VerificationAttempt" a ON a."guaranteeId" = g."id" AND a."succeeded"
      LEFT JOIN "User" u ON u."id" = a."userId"
     WHERE g."id" = ${guaranteeId}::uuid`;
  return { confirmedAt: row?.confirmed_at ?? null, lookedUpAt: row?.looked_up_at ?? null };
}
