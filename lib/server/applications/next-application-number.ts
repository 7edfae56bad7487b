// 申込番号: the year in Japan and a serial from the application_number_seq sequence, e.g. 2026-000123.
import type { Prisma } from "@/lib/db/client";
import { todayInJapan } from "@/lib/domain/wareki";

export async function nextApplicationNumber(tx: Prisma.TransactionClient, now = new Date()): Promise<string> {
  const [row] = await tx.$queryRaw<{ serial: bigint }[]>`SELECT nextval('application_number_seq') AS serial`;
  if (!row) throw new Error("application_number_seq returned no row");
  return `${todayInJapan(now).year}-${String(row.serial).padStart(6, "0")}`;
}
