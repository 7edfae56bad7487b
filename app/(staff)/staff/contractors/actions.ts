"use server";

import { revalidatePath } from "next/cache";
import { requireStaff } from "@/lib/auth/guards";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { registerContractor } from "@/lib/server/accounts/register-contractor";
import { getRequestContext } from "@/lib/server/request-context";
import { runFormAction } from "@/lib/server/run-form-action";

export async function registerContractorAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireStaff();
  const values = formValues(formData);
  return runFormAction(values, async () => {
    await registerContractor({ actor: user, input: values, request: await getRequestContext() });
    revalidatePath("/staff/contractors");
    return `${values.name} を登録し、${values.userEmail} に招待メールを送信しました。`;
  });
}
