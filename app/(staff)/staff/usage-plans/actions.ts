"use server";
// The staff's 明細書 actions: 承認 (forwarded to the 預託金融機関) and 差戻し with a message.
import { revalidatePath } from "next/cache";
import { approveUsagePlan } from "@/lib/server/usage-plans/approve-usage-plan";
import { returnUsagePlan } from "@/lib/server/usage-plans/return-usage-plan";
import { ID_TEXT, formWith, serverAction } from "@/lib/server/server-action";

const ENVELOPE = formWith({ planId: ID_TEXT, versionId: ID_TEXT });

export const approveUsagePlanAction = serverAction({
  name: "usage-plan.approve",
  role: "SURETY_STAFF",
  schema: ENVELOPE,
  run: async ({ actor, input, request }) => {
    const { forwardedTo } = await approveUsagePlan({ actor, planId: input.planId, versionId: input.versionId, request });
    revalidatePath(`/staff/usage-plans/${input.planId}`);
    return forwardedTo ? `承認しました。${forwardedTo}へ送付済みとしました。` : "承認しました。";
  },
});

export const returnUsagePlanAction = serverAction({
  name: "usage-plan.return",
  role: "SURETY_STAFF",
  schema: ENVELOPE,
  run: async ({ actor, input, request }) => {
    await returnUsagePlan({ actor, planId: input.planId, versionId: input.versionId, input, request });
    revalidatePath(`/staff/usage-plans/${input.planId}`);
    return "差戻ししました。お客様の画面に理由が表示されます。";
  },
});
