"use server";

import { formValues, type FormState } from "@/lib/forms/form-state";
import { getRequestContext } from "@/lib/server/request-context";
import { runFormAction } from "@/lib/server/run-form-action";
import { setPasswordWithToken } from "@/lib/server/accounts/set-password-with-token";

export async function acceptInvitationAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return runFormAction(values, async () => {
    await setPasswordWithToken({ token: values.token, purpose: "INVITATION", input: values, request: await getRequestContext() });
    return "パスワードを設定しました。メールアドレスと新しいパスワードでログインしてください。";
  });
}
