// Demo 保証料 rate tables: one published table per kind from 令和元年5月1日, marked
// 「デモ用の料率（実際の料率ではありません）」 (the real rates are each company's approved terms), and a draft
// for next April so 料率表 shows the editor. Idempotent: a kind that has a table is left alone.
import { FEE_KINDS } from "@/lib/domain/enums";
import { DEMO_FEE_RULES, DEMO_RATE_TABLE_NOTE, feeRulesToJson } from "@/lib/domain/fee-calculation";
import { jstParts } from "@/lib/domain/wareki";
import type { PrismaClient } from "./client";

export const DEMO_RATE_TABLES_FROM = new Date(Date.UTC(2019, 4, 1));

export async function seedDemoFeeRateTables(prisma: PrismaClient): Promise<void> {
  const admin = await prisma.user.findUniqueOrThrow({ where: { email: "admin@example.jp" } });
  for (const kind of FEE_KINDS) {
    if (await prisma.feeRateTable.findFirst({ where: { kind } })) continue;
    const rules = feeRulesToJson(DEMO_FEE_RULES[kind]);
    await prisma.feeRateTable.create({
      data: {
        kind, status: "PUBLISHED", publishedKind: kind, effectiveFrom: DEMO_RATE_TABLES_FROM, rules, note: DEMO_RATE_TABLE_NOTE,
        createdById: admin.id, publishedById: admin.id, publishedAt: DEMO_RATE_TABLES_FROM,
      },
    });
    if (kind === "ADVANCE") {
      const { year, month } = jstParts(new Date());
      const nextApril = new Date(Date.UTC(month >= 4 ? year + 1 : year, 3, 1));
      await prisma.feeRateTable.create({
        data: { kind, effectiveFrom: nextApril, rules: { ...rules, minimumFee: "4000" }, note: `${DEMO_RATE_TABLE_NOTE}（改定案）`, createdById: admin.id },
      });
    }
  }
}
