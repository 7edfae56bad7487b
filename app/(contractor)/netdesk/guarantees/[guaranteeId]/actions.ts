"use server";

import { revalidatePath } from "next/cache";
import { requireContractor } from "@/lib/auth/guards";
import { AppError, GENERIC_ERROR_MESSAGE } from "@/lib/errors";
import { submitKeyToOrderingBody } from "@/lib/server/guarantees/submit-key-to-ordering-body";
import { getRequestContext } from "@/lib/server/request-context";

export type SubmitKeyState = { ok: boolean; message: string; fieldErrors?: Record<string, string>; to?: string } | null;

export async function submitKeyAction(_previous: SubmitKeyState, formData: FormData): Promise<SubmitKeyState> {
  const user = await requireContractor();
  const guaranteeId = String(formData.get("guaranteeId") ?? "");
  const to = String(formData.get("to") ?? "");
  try {
    const result = await submitKeyToOrderingBody({
      companyId: user.companyId,
      userId: user.id,
      guaranteeId,
      input: { to, submissionToken: String(formData.get("submissionToken") ?? "") },
      request: await getRequestContext(),
    });
    revalidatePath(`/netdesk/guarantees/${guaranteeId}`);
    return { ok: true, message: `${result.to} への送信を受け付けました。送信状況は下の一覧でご確認いただけます。`, to };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, message: error.message, fieldErrors: error.fieldErrors, to };
    console.error("[netdesk] key submission failed", error);
    return { ok: false, message: GENERIC_ERROR_MESSAGE, to };
  }
}
