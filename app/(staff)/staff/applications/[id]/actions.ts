"use server";
// The staff's application page: 受付, 審査開始, 差戻し and 発行, one action each. The staff member and
// their branch come from the session (never from the form); each calls one use case.
import { revalidatePath } from "next/cache";
import { acceptApplication } from "@/lib/server/applications/accept-application";
import { returnApplication } from "@/lib/server/applications/return-application";
import { startApplicationReview } from "@/lib/server/applications/start-application-review";
import { issueGuarantees } from "@/lib/server/guarantees/issue-guarantees";
import { recordFeePayment } from "@/lib/server/fees/record-fee-payment";
import { ID_TEXT, formWith, serverAction } from "@/lib/server/server-action";

const ZTarget = formWith({ applicationId: ID_TEXT });
const refresh = (applicationId: string) => revalidatePath(`/staff/applications/${applicationId}`);

export const acceptApplicationAction = serverAction({
  name: "application.accept",
  role: "SURETY_STAFF",
  schema: ZTarget,
  run: async ({ actor, input, request }) => {
    await acceptApplication({ actor, applicationId: input.applicationId, request });
    refresh(input.applicationId);
    return "申込を受付しました。";
  },
});

export const startReviewAction = serverAction({
  name: "application.review",
  role: "SURETY_STAFF",
  schema: ZTarget,
  run: async ({ actor, input, request }) => {
    await startApplicationReview({ actor, applicationId: input.applicationId, request });
    refresh(input.applicationId);
    return "審査中にしました。";
  },
});

export const returnApplicationAction = serverAction({
  name: "application.return",
  role: "SURETY_STAFF",
  schema: ZTarget,
  run: async ({ actor, input, request }) => {
    await returnApplication({ actor, applicationId: input.applicationId, input, request });
    refresh(input.applicationId);
    return "申込を差戻しました。お客様には「弊社からお客様へのお知らせ」として表示されます。";
  },
});

export const issueGuaranteesAction = serverAction({
  name: "application.issue",
  role: "SURETY_STAFF",
  schema: ZTarget,
  run: async ({ actor, input, request }) => {
    const result = await issueGuarantees({ actor, applicationId: input.applicationId, request });
    refresh(input.applicationId);
    const numbers = result.guarantees.map((g) => g.contractNumber).join("、");
    return result.alreadyIssued ? `この申込は発行済みです（保証契約番号 ${numbers}）。` : `発行しました（保証契約番号 ${numbers}）。`;
  },
});

/** 入金確認: the fee of one guarantee of the application was received (the kind and amount are in the form). */
export const recordFeePaymentAction = serverAction({
  name: "application.record-fee-payment",
  role: "SURETY_STAFF",
  schema: ZTarget,
  run: async ({ actor, input, request }) => {
    await recordFeePayment({ actor, applicationId: input.applicationId, input, request });
    refresh(input.applicationId);
    return "入金確認を記録しました。";
  },
});
