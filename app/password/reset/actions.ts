"use server";

import { formValues, type FormState } from "@/lib/forms/form-state";
import { getRequestContext } from "@/lib/server/request-context";
import { runFormAction } from "@/lib/server/run-form-action";
import { setPasswordWithToken } from "@/lib/server/accounts/set-password-with-token";

export async function resetPasswordAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return runFormAction(values, async () => {
    await setPasswordWithToken({ token: values.token, purpose: "PASSWORD_RESET", input: values, request: await getRequestContext() });
    return "パスワードを再設定しました。新しいパスワードでログインしてください。";
  });
}
