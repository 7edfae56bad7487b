"use server";
// The contractor's 明細書 actions: 一時保存 (then 申込確認 on the 明細書's page) and 送信.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { saveUsagePlanDraft } from "@/lib/server/usage-plans/save-usage-plan-draft";
import { submitUsagePlan } from "@/lib/server/usage-plans/submit-usage-plan";
import { ID_TEXT, formWith, serverAction } from "@/lib/server/server-action";

export const saveUsagePlanDraftAction = serverAction({
  name: "usage-plan.save-draft",
  role: "CONTRACTOR",
  schema: formWith({ guaranteeId: ID_TEXT }),
  run: async ({ actor, input, request }) => {
    const saved = await saveUsagePlanDraft({ actor, guaranteeId: input.guaranteeId, basis: input, input, request });
    revalidatePath("/netdesk/usage-plans");
    redirect(`/netdesk/usage-plans/${saved.planId}`);
  },
});

export const submitUsagePlanAction = serverAction({
  name: "usage-plan.submit",
  role: "CONTRACTOR",
  schema: formWith({ planId: ID_TEXT }),
  run: async ({ actor, input, request }) => {
    const { versionNo } = await submitUsagePlan({ actor, planId: input.planId, basis: input, request });
    revalidatePath(`/netdesk/usage-plans/${input.planId}`);
    return `明細書（第${versionNo}版）を送信しました。保証会社の承認をお待ちください。`;
  },
});
