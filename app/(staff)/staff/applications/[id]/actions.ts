"use server";
// The server action of the staff's application page: takes the staff member from the session (never
// from the form), runs the one use case the pressed button names, and refreshes the page.
import { revalidatePath } from "next/cache";
import { requireStaff } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import type { ActionState } from "@/lib/action-state";
import { formFields, runAction } from "@/lib/server/run-action";
import { acceptApplication } from "@/lib/server/applications/accept-application";
import { returnApplication } from "@/lib/server/applications/return-application";
import { startApplicationReview } from "@/lib/server/applications/start-application-review";
import { issueGuarantees } from "@/lib/server/guarantees/issue-guarantees";
import { getRequestContext } from "@/lib/server/request-context";

type Context = Awaited<ReturnType<typeof staffContext>>;

async function staffContext() {
  const user = await requireStaff();
  return { staff: { id: user.id, branchId: user.branchId }, request: await getRequestContext() };
}

const idOf = (formData: FormData) => String(formData.get("applicationId") ?? "");

const STEPS = {
  accept: async (id: string, context: Context) => {
    await acceptApplication({ applicationId: id, ...context });
    return "申込を受付しました。";
  },
  review: async (id: string, context: Context) => {
    await startApplicationReview({ applicationId: id, ...context });
    return "審査中にしました。";
  },
  return: async (id: string, context: Context, formData: FormData) => {
    await returnApplication({ applicationId: id, input: formFields(formData), ...context });
    return "申込を差戻しました。お客様には「弊社からお客様へのお知らせ」として表示されます。";
  },
  issue: async (id: string, context: Context) => {
    const result = await issueGuarantees({ applicationId: id, ...context });
    const numbers = result.guarantees.map((g) => g.contractNumber).join("、");
    return result.alreadyIssued ? `この申込は発行済みです（保証契約番号 ${numbers}）。` : `発行しました（保証契約番号 ${numbers}）。`;
  },
};

/** One action for the page's buttons (their name="intent" says which step), so the page shows one outcome: the latest. */
export async function applicationAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const context = await staffContext();
  const intent = String(formData.get("intent") ?? "");
  const applicationId = idOf(formData);
  return runAction(async () => {
    if (!Object.hasOwn(STEPS, intent)) throw new AppError("VALIDATION", "不明な操作です。画面を再読み込みしてください。");
    const message = await STEPS[intent as keyof typeof STEPS](applicationId, context, formData);
    revalidatePath(`/staff/applications/${applicationId}`);
    return message;
  });
}
