"use server";
import { revalidatePath } from "next/cache";
import { registerContractor } from "@/lib/server/accounts/register-contractor";
import { FORM, serverAction } from "@/lib/server/server-action";

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
