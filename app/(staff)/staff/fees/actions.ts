"use server";
// 保証料の業務 (branch staff): 計算書の郵送, 一括納付 of a company, and a month's 一括納付 paid.
import { revalidatePath } from "next/cache";
import { markFeeStatementMailed } from "@/lib/server/fees/mark-fee-statement-mailed";
import { markMonthlyStatementPaid } from "@/lib/server/fees/mark-monthly-statement-paid";
import { setLumpSumBilling } from "@/lib/server/fees/set-lump-sum-billing";
import { ID_TEXT, formWith, serverAction } from "@/lib/server/server-action";
import { z } from "zod";

export const markFeeStatementMailedAction = serverAction({
  name: "fee-statement.mark-mailed",
  role: "SURETY_STAFF",
  schema: formWith({ statementId: ID_TEXT }),
  run: async ({ actor, input, request }) => {
    await markFeeStatementMailed({ actor, statementId: input.statementId, request });
    revalidatePath("/staff/fees");
    return "郵送済みにしました。";
  },
});

export const setLumpSumBillingAction = serverAction({
  name: "contractor-company.set-lump-sum-billing",
  role: "SURETY_STAFF",
  schema: formWith({ companyId: ID_TEXT }),
  run: async ({ actor, input, request }) => {
    const on = await setLumpSumBilling({ actor, companyId: input.companyId, input, request });
    revalidatePath("/staff/fees");
    return on ? "一括納付の取扱いを「あり」にしました。" : "一括納付の取扱いを「なし」にしました。";
  },
});

export const markMonthlyPaidAction = serverAction({
  name: "fee-monthly-statement.mark-paid",
  role: "SURETY_STAFF",
  schema: formWith({ companyId: ID_TEXT, month: z.string().max(10) }),
  run: async ({ actor, input, request }) => {
    await markMonthlyStatementPaid({ actor, companyId: input.companyId, month: input.month, input, request });
    revalidatePath("/staff/fees");
    return "一括納付の入金確認を記録しました。";
  },
});
