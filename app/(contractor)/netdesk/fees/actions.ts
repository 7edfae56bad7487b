"use server";
import { quoteFee } from "@/lib/server/fees/quote-fee";
import { FORM, serverAction } from "@/lib/server/server-action";

/** 保証料計算: the fee under the table in force today; nothing is saved. */
export const quoteFeeAction = serverAction({
  name: "fee.quote",
  role: "CONTRACTOR",
  schema: FORM,
  run: async ({ actor, input }) => ({ message: "保証料を計算しました。", data: await quoteFee({ actor, input }) }),
});
