"use server";

import { revalidatePath } from "next/cache";
import { requireContractor } from "@/lib/auth/guards";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { deactivateColleague } from "@/lib/server/accounts/deactivate-colleague";
import { inviteColleague } from "@/lib/server/accounts/invite-colleague";
import { updateCompanyProfile } from "@/lib/server/accounts/update-company-profile";
import { getRequestContext } from "@/lib/server/request-context";
import { runFormAction } from "@/lib/server/run-form-action";

const PATH = "/netdesk/profile";

export async function updateCompanyProfileAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireContractor();
  const values = formValues(formData);
  return runFormAction(values, async () => {
    await updateCompanyProfile({ actor: user, input: values, request: await getRequestContext() });
    revalidatePath(PATH);
    return "お客様情報を保存しました。";
  });
}

export async function inviteColleagueAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireContractor();
  const values = formValues(formData);
  return runFormAction(values, async () => {
    await inviteColleague({ actor: user, input: values, request: await getRequestContext() });
    revalidatePath(PATH);
    return `${values.email} に招待メールを送信しました（リンクの有効期限は72時間）。`;
  });
}

export async function deactivateColleagueAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireContractor();
  const values = formValues(formData);
  return runFormAction(values, async () => {
    // The company comes from the session; the where clause makes another company's user a 404.
    await deactivateColleague({ actor: user, userId: values.userId, request: await getRequestContext() });
    revalidatePath(PATH);
    return "無効にしました。";
  });
}
