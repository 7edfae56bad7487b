"use server";

import { formValues, type FormState } from "@/lib/forms/form-state";
import { requestPasswordReset } from "@/lib/server/accounts/request-password-reset";
import { runFormAction } from "@/lib/server/run-form-action";

export async function requestPasswordResetAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return runFormAction(values, async () => (await requestPasswordReset({ input: values })).message);
}
