"use server";
import { revalidatePath } from "next/cache";
import { confirmReceipt } from "@/lib/server/ordering-body/confirm-receipt";
import { ID_TEXT, formWith, serverAction } from "@/lib/server/server-action";

/** 受領確認 of a verified e-guarantee of the user's ordering body. */
export const confirmReceiptAction = serverAction({
  name: "guarantee.confirm-receipt",
  role: "ORDERING_BODY",
  schema: formWith({ guaranteeId: ID_TEXT }),
  run: async ({ actor, input, request }) => {
    await confirmReceipt({ actor, guaranteeId: input.guaranteeId, request });
    revalidatePath("/ordering-body/guarantees");
    return "受領確認を記録しました。";
  },
});
