"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireStaff } from "@/lib/auth/guards";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { deactivateStaffUser } from "@/lib/server/accounts/deactivate-staff-user";
import { inviteStaffUser } from "@/lib/server/accounts/invite-staff-user";
import { saveBranch } from "@/lib/server/master-data/save-branch";
import { getRequestContext } from "@/lib/server/request-context";
import { runFormAction } from "@/lib/server/run-form-action";

export async function saveBranchAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireStaff();
  const values = formValues(formData);
  const isNew = !values.id;
  const state = await runFormAction(values, async () => {
    await saveBranch({ actor: user, id: values.id || undefined, input: values, request: await getRequestContext() });
    revalidatePath("/staff/branches");
    return "保存しました。";
  });
  if (isNew && state.status === "success") redirect("/staff/branches?saved=1");
  return state;
}

export async function inviteStaffUserAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireStaff();
  const values = formValues(formData);
  return runFormAction(values, async () => {
    await inviteStaffUser({ actor: user, branchId: values.branchId, input: values, request: await getRequestContext() });
    revalidatePath(`/staff/branches/${values.branchId}`);
    return `${values.email} に招待メールを送信しました（リンクの有効期限は72時間）。`;
  });
}

export async function deactivateStaffUserAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireStaff();
  const values = formValues(formData);
  return runFormAction(values, async () => {
    await deactivateStaffUser({ actor: user, userId: values.userId, request: await getRequestContext() });
    revalidatePath(`/staff/branches/${values.branchId}`);
    return "無効にしました。";
  });
}
