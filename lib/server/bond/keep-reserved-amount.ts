// A 保証申込 made from a 契約保証予約 (「この予約から契約保証を申し込む」) asks for the 契約保証, of at least the
// amount the 予約証書 promised: 送信 refuses less with a field error naming the number.
import type { Prisma } from "@/lib/db/client";
import { formatYen } from "@/lib/domain/yen";
import { AppError, invalidInput } from "@/lib/errors";

export const reservedAmountShortMessage = (reserved: bigint) => `契約保証金額は予約した契約保証金額（${formatYen(reserved)}）以上としてください。`;

export async function keepReservedAmount(
  tx: Prisma.TransactionClient,
  reservationId: string,
  record: { contractGuaranteeRequested?: boolean; contractGuaranteeAmount?: bigint | number | null },
): Promise<void> {
  const reservation = await tx.guarantee.findUniqueOrThrow({ where: { id: reservationId }, select: { amount: true } });
  if (!record.contractGuaranteeRequested) throw invalidInput({ contractGuaranteeRequested: "契約保証予約からの申込では、契約保証を申し込んでください。" });
  const amount = record.contractGuaranteeAmount ?? null;
  if (amount === null || BigInt(amount) < reservation.amount) throw invalidInput({ contractGuaranteeAmount: reservedAmountShortMessage(reservation.amount) });
}

/** At 発行, on what is stored: the same rule, in the words staff read (they return it to the contractor). */
export async function assertReservedAmountAtIssue(
  tx: Prisma.TransactionClient,
  reservationId: string,
  app: { contractGuaranteeRequested: boolean; contractGuaranteeAmount: bigint | null },
): Promise<void> {
  try {
    await keepReservedAmount(tx, reservationId, app);
  } catch (error) {
    const message = error instanceof AppError ? Object.values(error.fieldErrors ?? {}).join("") : "";
    throw new AppError("VALIDATION", `申込内容が申込の条件を満たしていないため発行できません。${message}差戻しでお客様に修正を依頼してください。`);
  }
}
