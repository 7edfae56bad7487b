"use server";
import { revalidatePath } from "next/cache";
import { approveCompanyDetailsChange } from "@/lib/server/accounts/approve-company-details-change";
import { registerContractor } from "@/lib/server/accounts/register-contractor";
import { rejectCompanyDetailsChange } from "@/lib/server/accounts/reject-company-details-change";
import { FORM, ID_TEXT, formWith, serverAction } from "@/lib/server/server-action";

/** 請負者の登録: the company and its first user, who is invited by e-mail. */
export const registerContractorAction = serverAction({
  name: "contractor-company.create",
  role: "SURETY_STAFF",
  schema: FORM,
  run: async ({ actor, input, request }) => {
    await registerContractor({ actor, input, request });
    revalidatePath("/staff/contractors");
    return `${String(input.name).trim()} を登録し、${String(input.userEmail).trim()} に招待メールを送信しました。`;
  },
});

/** 登録情報の変更申請 → 承認: the company's 会社名・代表者・所在地 become the requested ones. */
export const approveCompanyDetailsChangeAction = serverAction({
  name: "contractor-company.approve-change",
  role: "SURETY_STAFF",
  schema: formWith({ requestId: ID_TEXT }),
  run: async ({ actor, input, request }) => {
    await approveCompanyDetailsChange({ actor, requestId: input.requestId, request });
    revalidatePath("/staff/contractors");
    return "登録情報の変更を承認しました。これから発行する保証証書に反映されます。";
  },
});

/** 登録情報の変更申請 → 却下, with the reason the contractor sees. */
export const rejectCompanyDetailsChangeAction = serverAction({
  name: "contractor-company.reject-change",
  role: "SURETY_STAFF",
  schema: formWith({ requestId: ID_TEXT }),
  run: async ({ actor, input, request }) => {
    await rejectCompanyDetailsChange({ actor, requestId: input.requestId, input, request });
    revalidatePath("/staff/contractors");
    return "登録情報の変更を却下しました。";
  },
});
