"use server";
// The contractor's 預託金払出依頼書: 申込確認 (the same rules, nothing written) then 送信 to the bank.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { confirmPayoutRequest } from "@/lib/server/payouts/confirm-payout-request";
import { submitPayoutRequest } from "@/lib/server/payouts/submit-payout-request";
import { ID_TEXT, formWith, serverAction } from "@/lib/server/server-action";

export const payoutRequestAction = serverAction({
  name: "payout-request.submit",
  role: "CONTRACTOR",
  schema: formWith({ planId: ID_TEXT, intent: z.enum(["confirm", "send"]) }),
  run: async ({ actor, input, request }) => {
    if (input.intent === "confirm") {
      return { message: "申込確認: 内容をご確認のうえ「この内容で送信する」を押してください。", data: await confirmPayoutRequest({ actor, planId: input.planId, input }) };
    }
    const { requestId } = await submitPayoutRequest({ actor, planId: input.planId, input, request });
    revalidatePath("/netdesk/payout-requests");
    redirect(`/netdesk/payout-requests/${requestId}?sent=1`);
  },
});
