"use server";
// Server actions of the staff's application page: thin wrappers that take the staff member from the
// session (never from the form), call one use case each, and refresh the page.
import { revalidatePath } from "next/cache";
import { requireStaff } from "@/lib/auth/guards";
import type { ActionState } from "@/lib/action-state";
import { formFields, runAction } from "@/lib/server/run-action";
import { acceptApplication } from "@/lib/server/applications/accept-application";
import { returnApplication } from "@/lib/server/applications/return-application";
import { startApplicationReview } from "@/lib/server/applications/start-application-review";
import { issueGuarantees } from "@/lib/server/guarantees/issue-guarantees";
import { getRequestContext } from "@/lib/server/request-context";

async function staffContext() {
  const user = await requireStaff();
  return { staff: { id: user.id, branchId: user.branchId }, request: await getRequestContext() };
}

const idOf = (formData: FormData) => String(formData.get("applicationId") ?? "");

export async function acceptAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const context = await staffContext();
  return runAction(async () => {
    await acceptApplication({ applicationId: idOf(formData), ...context });
    revalidatePath(`/staff/applications/${idOf(formData)}`);
    return "申込を受付しました。";
  });
}

export async function startReviewAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const context = await staffContext();
  return runAction(async () => {
    await startApplicationReview({ applicationId: idOf(formData), ...context });
    revalidatePath(`/staff/applications/${idOf(formData)}`);
    return "審査中にしました。";
  });
}

export async function returnAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const context = await staffContext();
  return runAction(async () => {
    await returnApplication({ applicationId: idOf(formData), input: formFields(formData), ...context });
    revalidatePath(`/staff/applications/${idOf(formData)}`);
    return "申込を差戻しました。お客様には「弊社からお客様へのお知らせ」として表示されます。";
  });
}

export async function issueAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const context = await staffContext();
  return runAction(async () => {
    const result = await issueGuarantees({ applicationId: idOf(formData), ...context });
    revalidatePath(`/staff/applications/${idOf(formData)}`);
    const numbers = result.guarantees.map((g) => g.contractNumber).join("、");
    return result.alreadyIssued ? `この申込は発行済みです（保証契約番号 ${numbers}）。` : `発行しました（保証契約番号 ${numbers}）。`;
  });
}
