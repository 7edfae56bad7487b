"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireStaff } from "@/lib/auth/guards";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { saveOrderingBody } from "@/lib/server/master-data/save-ordering-body";
import { getRequestContext } from "@/lib/server/request-context";
import { runFormAction } from "@/lib/server/run-form-action";

export async function saveOrderingBodyAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireStaff();
  const values = formValues(formData);
  const isNew = !values.id;
  const state = await runFormAction(values, async () => {
    await saveOrderingBody({ actor: user, id: values.id || undefined, input: values, request: await getRequestContext() });
    revalidatePath("/staff/ordering-bodies");
    revalidatePath("/ordering-bodies");
    return "保存しました。";
  });
  // A new body goes back to the list, where it now appears.
  if (isNew && state.status === "success") redirect("/staff/ordering-bodies?saved=1");
  return state;
}
