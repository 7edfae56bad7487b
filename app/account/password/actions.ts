"use server";

import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { changePassword } from "@/lib/server/accounts/change-password";
import { getRequestContext } from "@/lib/server/request-context";
import { runFormAction } from "@/lib/server/run-form-action";

export async function changePasswordAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  const values = formValues(formData);
  return runFormAction(values, async () => {
    await changePassword({ actor: user, input: values, request: await getRequestContext() });
    return "パスワードを変更しました。";
  });
}
